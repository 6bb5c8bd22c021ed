namespace RmmHunt.Engine.Tests.Strings;

/// <summary><c>in</c> is case-sensitive and <c>in~</c> is not; dynamic arrays among the values are flattened
/// (https://learn.microsoft.com/kusto/query/in-operator, in-cs-operator).</summary>
public class ListOperatorTests
{
    private static bool Eval(string expression) => (bool)Kusto.Scalar(expression)!;

    [Theory]
    [InlineData("'cmd.exe' in ('CMD.EXE', 'powershell.exe')", false)]
    [InlineData("'cmd.exe' in ('cmd.exe', 'powershell.exe')", true)]
    [InlineData("'cmd.exe' in~ ('CMD.EXE', 'powershell.exe')", true)]
    [InlineData("'cmd.exe' !in ('CMD.EXE')", true)]
    [InlineData("'cmd.exe' !in~ ('CMD.EXE')", false)]
    [InlineData("'cmd' in ('cmd.exe')", false)]
    public void Case_rules(string expression, bool expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("'x' in (dynamic(['a', 'x']), 'b')", true)]
    [InlineData("'X' in~ (dynamic(['a', 'x']))", true)]
    [InlineData("'b' in (dynamic(['a', 'x']), 'b')", true)]
    [InlineData("'z' in (dynamic(['a', 'x']), 'b')", false)]
    [InlineData("2 in (dynamic([1, [2, 3]]))", true)]
    [InlineData("'Server-Eye Agent' has_any (dynamic(['nope', 'server-eye']))", true)]
    public void Dynamic_arrays_are_flattened(string expression, bool expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Let_bound_arrays_work_as_lists()
    {
        var result = Kusto.Run("""
            let Tools = dynamic(['ServerEye.exe', 'AnyDesk.exe']);
            let Words = dynamic(['anydesk', 'teamviewer']);
            datatable(FileName:string)['servereye.exe', 'ServerEye.exe', 'AnyDesk.exe', 'x.exe']
            | extend exact = FileName in (Tools), loose = FileName in~ (Tools), word = FileName has_any (Words)
            """);
        Assert.Equal(["servereye.exe|false|true|false", "ServerEye.exe|true|true|false", "AnyDesk.exe|true|true|true", "x.exe|false|false|false"], result.Text());
    }

    [Fact]
    public void Tabular_list_uses_its_first_column()
    {
        var result = Kusto.Run("""
            let Known = datatable(Name:string, Other:long)['a', 1, 'c', 2];
            datatable(x:string)['a', 'b', 'c', 'A'] | where x in (Known | project Name)
            """);
        Assert.Equal(["a", "c"], result.Text());
    }

    [Fact]
    public void Numbers_compare_across_int_long_and_real()
    {
        Assert.True(Eval("1 in (1.0, 2)"));
        Assert.True(Eval("int(3) in (1, 3)"));
        Assert.False(Eval("4 in (1, 3)"));
    }

    [Fact]
    public void Null_is_in_no_list_and_so_not_in_every_list()
    {
        // in behaves as an OR of ==, !in as an AND of != (https://learn.microsoft.com/kusto/query/scalar-data-types/null-values).
        Assert.False(Eval("long(null) in (1, 2)"));
        Assert.True(Eval("long(null) !in (1, 2)"));
    }

    [Fact]
    public void In_keeps_rows_in_a_where()
    {
        var result = Kusto.Run("datatable(p:long)[22, 443, 3389, 80] | where p in (22, 3389)");
        Assert.Equal(["22", "3389"], result.Text());
    }
}
