namespace RmmHunt.Engine.Tests;

/// <summary>mv-expand per https://learn.microsoft.com/kusto/query/mv-expand-operator.</summary>
public class MvExpandTests
{
    [Fact]
    public void Arrays_expand_in_parallel_padding_the_shorter_with_null()
    {
        var rows = Kusto.Run("""
            datatable(a:long, b:dynamic, c:dynamic) [1, dynamic(["x","y","z"]), dynamic([10, 20])]
            | mv-expand b, c
            """).Text();
        Assert.Equal(["1|x|10", "1|y|20", "1|z|"], rows);
    }

    [Fact]
    public void Null_gives_one_row_and_empty_array_none()
    {
        var rows = Kusto.Run("""
            datatable(a:long, b:dynamic) [1, dynamic(null), 2, dynamic([]), 3, dynamic([7])]
            | mv-expand b
            """).Text();
        Assert.Equal(["1|", "3|7"], rows);
    }

    [Fact]
    public void Bags_expand_to_single_property_bags_or_pairs()
    {
        var bag = Kusto.Run("print d = dynamic({'k1':'v1','k2':2}) | mv-expand d").Text();
        Assert.Equal(["{\"k1\":\"v1\"}", "{\"k2\":2}"], bag);
        var pairs = Kusto.Run("print d = dynamic({'k1':'v1'}) | mv-expand kind=array d").Text();
        Assert.Equal(["[\"k1\",\"v1\"]"], pairs);
    }

    [Fact]
    public void Typed_expansion_item_index_and_limit()
    {
        var result = Kusto.Run("""
            print d = dynamic([1, "two", 3, 4])
            | mv-expand with_itemindex=i n = d to typeof(long) limit 3
            """);
        Assert.Equal(["d", "n", "i"], result.ColumnNames());
        Assert.Equal(KqlLong, result.Schema.Columns[1].Type);
        Assert.Equal(["1|0", "|1", "3|2"], result.Rows().Select(r => $"{r[1]}|{r[2]}").ToArray());
    }

    private const Kql.Symbols.KqlType KqlLong = Kql.Symbols.KqlType.Long;
}
