namespace RmmHunt.Engine.Tests.Tabular;

/// <summary>where, distinct, count, take/limit.</summary>
public class RowOperatorTests
{
    private const string T = "datatable(a:string, b:long)['x', 1, 'x', 1, 'y', 2, 'X', 1]";

    [Fact]
    public void Distinct_columns_and_star()
    {
        Assert.Equal(["X", "x", "y"], Kusto.Run($"{T} | distinct a | sort by a asc").Text());
        Assert.Equal(["X|1", "x|1", "y|2"], Kusto.Run($"{T} | distinct * | sort by a asc").Text());
        Assert.Equal(["1", "2"], Kusto.Run($"{T} | distinct b | sort by b asc").Text());
    }

    [Fact]
    public void Count_gives_one_row_named_Count()
    {
        var result = Kusto.Run($"{T} | count");
        Assert.Equal(["Count"], result.ColumnNames());
        Assert.Equal(["4"], result.Text());
        Assert.Equal(["0"], Kusto.Run($"{T} | where b > 5 | count").Text());
    }

    [Theory]
    [InlineData("take 2", 2)]
    [InlineData("limit 3", 3)]
    [InlineData("take 100", 4)]
    [InlineData("take 0", 0)]
    public void Take_returns_at_most_n_rows(string op, int rows) => Assert.Equal(rows, Kusto.Run($"{T} | {op}").RowCount);

    [Fact]
    public void Take_across_batches_stops_at_n()
    {
        var table = Kusto.Table("T", "datatable(x:long)[1, 2, 3, 4, 5, 6, 7]", batchSize: 2);
        Assert.Equal(3, Kusto.Run("T | take 3", table).RowCount);
    }

    [Fact]
    public void Where_chains_and_conjunctions_agree()
    {
        string[] chained = Kusto.Run($"{T} | where a == 'x' | where b == 1").Text();
        string[] joined = Kusto.Run($"{T} | where a == 'x' and b == 1").Text();
        Assert.Equal(["x|1", "x|1"], chained);
        Assert.Equal(chained, joined);
    }

    [Fact]
    public void Negative_take_is_an_error() => Assert.Contains("negative", Kusto.Errors($"{T} | take -1"));
}
