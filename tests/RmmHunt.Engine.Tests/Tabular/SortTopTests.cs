namespace RmmHunt.Engine.Tests.Tabular;

/// <summary>https://learn.microsoft.com/kusto/query/sort-operator: desc by default; nulls last for desc, first for asc.</summary>
public class SortTopTests
{
    private const string Values = "datatable(x:long)[3, long(null), 1, 2]";

    [Theory]
    [InlineData("sort by x", "3,2,1,null")]
    [InlineData("order by x", "3,2,1,null")]
    [InlineData("sort by x desc", "3,2,1,null")]
    [InlineData("sort by x asc", "null,1,2,3")]
    [InlineData("sort by x desc nulls first", "null,3,2,1")]
    [InlineData("sort by x asc nulls last", "1,2,3,null")]
    [InlineData("top 2 by x", "3,2")]
    [InlineData("top 2 by x asc", "null,1")]
    [InlineData("top 2 by x asc nulls last", "1,2")]
    [InlineData("top 10 by x", "3,2,1,null")]
    public void Direction_and_null_placement(string op, string expected) =>
        Assert.Equal(expected, string.Join(",", Kusto.Run($"{Values} | {op}").ColumnText("x")));

    [Theory]
    [InlineData("asc nulls first", "null,NaN,-Infinity,-5,0,5,Infinity")]
    [InlineData("desc nulls first", "null,NaN,Infinity,5,0,-5,-Infinity")]
    [InlineData("asc nulls last", "-Infinity,-5,0,5,Infinity,NaN,null")]
    [InlineData("desc nulls last", "Infinity,5,0,-5,-Infinity,NaN,null")]
    public void Special_floating_point_values(string order, string expected)
    {
        // The table of the sort-operator page: null and NaN go together, null outermost.
        var result = Kusto.Run($"datatable(x:real)[real(nan), 5.0, real(null), real(-inf), 0.0, real(+inf), -5.0] | sort by x {order}");
        Assert.Equal(expected, string.Join(",", result.ColumnText("x")));
    }

    [Fact]
    public void Several_keys()
    {
        var result = Kusto.Run("datatable(a:string, b:long)['x', 1, 'y', 2, 'x', 3, 'y', 1] | sort by a asc, b desc");
        Assert.Equal(["x|3", "x|1", "y|2", "y|1"], result.Text());
    }

    [Fact]
    public void Sort_by_an_expression_and_by_datetimes()
    {
        var result = Kusto.Run("datatable(t:datetime, n:long)[datetime(2024-01-02), 1, datetime(2024-01-03), 2, datetime(2024-01-01), 3] | sort by t | project n");
        Assert.Equal(["2", "1", "3"], result.Text());
        Assert.Equal(["1", "3", "2"], Kusto.Run("datatable(n:long)[1, 2, 3] | sort by n % 2, n asc").Text());
    }

    [Fact]
    public void Top_with_more_rows_than_the_input_returns_all_sorted() =>
        Assert.Equal(["b", "a"], Kusto.Run("datatable(s:string)['a', 'b'] | top 5 by s").Text());
}
