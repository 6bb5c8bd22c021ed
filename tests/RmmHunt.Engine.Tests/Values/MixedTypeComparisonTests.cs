namespace RmmHunt.Engine.Tests.Values;

/// <summary>
/// <c>==</c>, <c>!=</c> and <c>in</c> between a string and another scalar type. Kusto's analyzer accepts
/// any scalar on their right (Kusto.Language's Equal and In signatures), and published hunts rely on it
/// (<c>RemotePort == "3389"</c>, <c>IsLocalAdmin == "true"</c>). The string side is converted to the other
/// type, as the conversion functions would; a string that does not convert never matches. Each such
/// comparison compiles with a warning that says so.
/// </summary>
public class MixedTypeComparisonTests
{
    private const string Connections = "datatable(RemotePort:int, IsLocalAdmin:bool, Data:string)[3389, true, '1', 80, false, '01', 443, true, 'one']";

    [Fact]
    public void A_number_equals_a_string_holding_that_number()
    {
        var rows = Kusto.Run($"{Connections} | where RemotePort == '3389' | project RemotePort");
        Assert.Equal(["3389"], rows.Text());
    }

    [Fact]
    public void Not_equal_keeps_the_other_rows()
    {
        var rows = Kusto.Run($"{Connections} | where RemotePort != '3389' | project RemotePort");
        Assert.Equal(["80", "443"], rows.Text());
    }

    [Fact]
    public void A_bool_equals_the_string_true()
    {
        var rows = Kusto.Run($"{Connections} | where IsLocalAdmin == 'true' | project RemotePort");
        Assert.Equal(["3389", "443"], rows.Text());
    }

    [Fact]
    public void A_string_column_compared_with_a_number_is_converted_and_text_that_is_no_number_never_matches()
    {
        var rows = Kusto.Run($"{Connections} | where Data == 1 | project Data");
        Assert.Equal(["1", "01"], rows.Text());
    }

    [Fact]
    public void In_with_strings_matches_numbers()
    {
        var rows = Kusto.Run($"{Connections} | where RemotePort in ('80', '443', 'x') | project RemotePort");
        Assert.Equal(["80", "443"], rows.Text());
    }

    [Fact]
    public void Each_comparison_warns_once()
    {
        var compilation = Kql.KqlCompilation.Compile($"{Connections} | where RemotePort in ('80', '443') or RemotePort == '22'", new Kql.Symbols.SchemaSet([]));
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
        var warnings = compilation.Diagnostics.Where(d => d.Code == Kql.Diagnostics.DiagnosticCodes.Suspicious).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("converted to int", w.Message));
    }

    [Fact]
    public void Ordering_a_number_against_a_string_is_still_an_error()
    {
        Assert.Contains("cannot order", Kusto.Errors($"{Connections} | where RemotePort > '1000'"));
    }
}
