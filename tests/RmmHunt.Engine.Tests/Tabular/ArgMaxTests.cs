namespace RmmHunt.Engine.Tests.Tabular;

/// <summary>https://learn.microsoft.com/kusto/query/arg-max-aggregation-function</summary>
public class ArgMaxTests
{
    private const string T = "datatable(a:string, b:long, c:string)['x', 1, 'p', 'x', 3, 'q', 'y', 2, 'r', 'y', long(null), 's']";

    [Fact]
    public void Star_returns_by_columns_then_the_maximised_column_then_the_rest()
    {
        var result = Kusto.Run($"{T} | summarize arg_max(b, *) by c | where c == 'q'");
        Assert.Equal(["c", "b", "a"], result.ColumnNames());
        var byA = Kusto.Run($"{T} | summarize arg_max(b, *) by a | sort by a asc");
        Assert.Equal(["a", "b", "c"], byA.ColumnNames());
        Assert.Equal(["x|3|q", "y|2|r"], byA.Text());
    }

    [Fact]
    public void Explicit_columns_are_named_after_themselves()
    {
        var result = Kusto.Run($"{T} | summarize arg_max(b, c) by a | sort by a asc");
        Assert.Equal(["a", "b", "c"], result.ColumnNames());
        Assert.Equal(["x|3|q", "y|2|r"], result.Text());
    }

    [Fact]
    public void Arg_min_and_tuple_names()
    {
        var result = Kusto.Run($"{T} | summarize (First, What) = arg_min(b, c) by a | sort by a asc");
        Assert.Equal(["a", "First", "What"], result.ColumnNames());
        Assert.Equal(["x|1|p", "y|2|r"], result.Text());
    }

    [Fact]
    public void Null_values_are_ignored_unless_all_are_null()
    {
        var result = Kusto.Run("datatable(k:string, v:long, n:string)['a', long(null), 'first', 'a', 5, 'five', 'b', long(null), 'only'] | summarize arg_max(v, n) by k | sort by k asc");
        Assert.Equal(["a|5|five", "b||only"], result.Text());
    }

    [Fact]
    public void Without_by_over_all_rows()
    {
        var result = Kusto.Run($"{T} | summarize arg_max(b, *)");
        Assert.Equal(["b", "a", "c"], result.ColumnNames());
        Assert.Equal(["3|x|q"], result.Text());
    }

    [Fact]
    public void Maximises_an_expression()
    {
        var result = Kusto.Run("datatable(s:string)['aaa', 'b', 'cc'] | summarize arg_max(strlen(s), s)");
        Assert.Equal(["3|aaa"], result.Text());
    }
}
