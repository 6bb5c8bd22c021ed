namespace RmmHunt.Engine.Tests.Functions;

/// <summary>toscalar() (https://learn.microsoft.com/kusto/query/toscalar-function).</summary>
public class ToScalarTests
{
    [Fact]
    public void Toscalar_takes_the_first_value_of_a_table()
    {
        var result = Kusto.Run("""
            let Top = toscalar(datatable(x:long)[5, 7, 3] | summarize max(x));
            datatable(y:long)[1, 7] | where y == Top
            """);
        Assert.Equal(["7"], result.Text());
    }

    [Fact] // the docs' example: a value computed once, used on every row
    public void Toscalar_in_an_expression()
    {
        var result = Kusto.Run("""
            let Start = toscalar(print x = 1);
            datatable(y:long)[1, 2] | extend z = y + Start
            """);
        Assert.Equal(["1|2", "2|3"], result.Text());
    }

    [Fact]
    public void Toscalar_of_an_empty_table_is_null() =>
        Assert.Equal("null", Kusto.ScalarText("toscalar(datatable(x:long)[] | take 1)"));

    [Fact]
    public void Toscalar_of_a_scalar_is_the_scalar() => Assert.Equal("3", Kusto.ScalarText("toscalar(1 + 2)"));
}
