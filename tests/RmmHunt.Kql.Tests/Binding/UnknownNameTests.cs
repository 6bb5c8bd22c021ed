using RmmHunt.Kql.Diagnostics;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Binding;

/// <summary>Unknown names are compile errors that say what is missing and where, never silent nulls.</summary>
public class UnknownNameTests
{
    [Fact]
    public void Summarize_by_a_column_the_table_lacks_names_column_and_table()
    {
        // The upstream ServerEye rule groups DeviceNetworkEvents by AccountUpn, which that table does not have.
        var error = Assert.Single(Errors("""
            DeviceNetworkEvents
            | where RemoteUrl has 'server-eye.de'
            | summarize Count = count() by DeviceId, DeviceName, AccountUpn
            """));
        Assert.Equal(DiagnosticCodes.UnknownColumn, error.Code);
        Assert.Contains("'AccountUpn'", error.Message);
        Assert.Contains("DeviceNetworkEvents", error.Message);
    }

    [Fact]
    public void Unknown_column_position_is_the_name_itself()
    {
        var compilation = Compile("DeviceNetworkEvents\n| summarize count() by AccountUpn");
        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal((2, 24), compilation.Source.LocationOf(error.Span.Start));
        Assert.Equal("AccountUpn".Length, error.Span.Length);
    }

    [Fact]
    public void Unknown_column_suggests_a_near_one() =>
        Assert.Contains("did you mean 'RemoteUrl'", Assert.Single(Errors("DeviceNetworkEvents | where RemoteUr == 'x'")).Message);

    [Fact]
    public void Column_removed_by_an_earlier_operator_is_unknown_later()
    {
        // As in LaZagneCredTheft: a column projected away cannot be used afterwards.
        var error = Assert.Single(Errors("DeviceProcessEvents | project-away DeviceName | where DeviceName == 'x'"));
        Assert.Contains("'DeviceName'", error.Message);
        Assert.Equal(DiagnosticCodes.UnknownColumn, error.Code);
    }

    [Fact]
    public void Columns_after_summarize_are_only_keys_and_aggregates()
    {
        var error = Assert.Single(Errors("DeviceNetworkEvents | summarize count() by RemoteUrl | where DeviceName == 'x'"));
        Assert.Contains("'DeviceName'", error.Message);
    }

    [Fact]
    public void Column_names_are_case_sensitive() =>
        Assert.Contains("did you mean 'DeviceName'", Assert.Single(Errors("DeviceInfo | where devicename == 'x'")).Message);

    [Fact]
    public void Unknown_table_suggests_the_nearest()
    {
        var error = Assert.Single(Errors("DeviceNetworkEvent | take 1"));
        Assert.Equal(DiagnosticCodes.UnknownTable, error.Code);
        Assert.Contains("'DeviceNetworkEvent'", error.Message);
        Assert.Contains("did you mean 'DeviceNetworkEvents'", error.Message);
    }

    [Fact]
    public void Unknown_function_suggests_the_nearest_name()
    {
        var error = Assert.Single(Errors("DeviceNetworkEvents | extend x = tolowr(RemoteUrl)"));
        Assert.Equal(DiagnosticCodes.UnknownFunction, error.Code);
        Assert.Contains("'tolowr'", error.Message);
        Assert.Contains("did you mean 'tolower'", error.Message);
    }

    [Fact]
    public void Unknown_function_suggests_let_bound_functions_too()
    {
        var error = Assert.Single(Errors("let IsRmm = (s:string) { s has 'server-eye' }; DeviceNetworkEvents | where IsRm(RemoteUrl)"));
        Assert.Contains("did you mean 'IsRmm'", error.Message);
    }

    [Fact]
    public void Unknown_scalar_name_outside_a_row_context() =>
        Assert.Contains("unknown name 'nothere'", Assert.Single(Errors("let x = nothere; print x")).Message);

    [Fact]
    public void Let_bound_names_shadow_and_resolve()
    {
        var compilation = Compile("""
            let Domain = 'server-eye.de';
            let Window = 5d;
            DeviceNetworkEvents
            | where Timestamp > ago(Window) and RemoteUrl has Domain
            """);
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
    }

    [Fact]
    public void A_union_whose_legs_all_fail_reports_only_their_errors()
    {
        var errors = Errors("union (NoSuchTable | take 1), (OtherMissingTable | take 1)");
        Assert.Equal(2, errors.Length);
        Assert.All(errors, e => Assert.Contains("unknown table", e.Message));
    }
}
