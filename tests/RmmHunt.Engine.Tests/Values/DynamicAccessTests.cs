namespace RmmHunt.Engine.Tests.Values;

/// <summary>https://learn.microsoft.com/kusto/query/scalar-data-types/dynamic: access by member, key or index; anything missing is null.</summary>
public class DynamicAccessTests
{
    private const string D = "dynamic({'a': {'b': [10, 20, 30]}, 'where': 5, 'with space': 'x', 's': 'str'})";

    [Theory]
    [InlineData("d.a.b", "[10,20,30]")]
    [InlineData("d['a'].b", "[10,20,30]")]
    [InlineData("d[\"a\"][\"b\"]", "[10,20,30]")]
    [InlineData("d.a.b[0]", "10")]
    [InlineData("d.a.b[2]", "30")]
    [InlineData("d.a.b[-1]", "30")]
    [InlineData("d.a.b[-3]", "10")]
    [InlineData("d['where']", "5")]
    [InlineData("d['with space']", "x")]
    [InlineData("d.s", "str")]
    public void Member_key_and_index_access(string access, string expected) =>
        Assert.Equal(expected, Kusto.ScalarText(D + access[1..])); // access starts with "d"

    [Theory]
    [InlineData("missing")]
    [InlineData("a.missing")]
    [InlineData("a.b[3]")]
    [InlineData("a.b[-4]")]
    [InlineData("a.b.c")]
    [InlineData("s.length")]
    [InlineData("s[0]")]
    [InlineData("a[0]")]
    public void Missing_is_null(string path) => Assert.Null(Kusto.Scalar($"{D}.{path}"));

    [Fact]
    public void Access_on_null_is_null() => Assert.Null(Kusto.Scalar("dynamic(null).a.b[0]"));

    [Fact]
    public void Access_on_a_column_per_row()
    {
        var result = Kusto.Run("""
            datatable(d:dynamic)[dynamic({'x': 'str', 'n': 1}), dynamic({'x': 5}), dynamic(null), dynamic([1, 2])]
            | extend x = tostring(d.x), n = toint(d.n), first = d[0]
            """);
        Assert.Equal(["str", "5", "", ""], result.ColumnText("x"));
        Assert.Equal(["1", "null", "null", "null"], result.ColumnText("n"));
        Assert.Equal(["null", "null", "null", "1"], result.ColumnText("first"));
    }

    [Fact]
    public void Dynamic_values_compare_with_scalars()
    {
        var result = Kusto.Run("datatable(d:dynamic)[dynamic({'x': 'str'}), dynamic({'x': 5}), dynamic({'y': 1})] | where d.x == 'str' or d.x == 5");
        Assert.Equal(2, result.RowCount);
        Assert.Equal(1, Kusto.Run("datatable(d:dynamic)[dynamic({'n': 3}), dynamic({'n': 1})] | where d.n > 2").RowCount);
    }

    [Fact]
    public void Array_length_and_pack_array()
    {
        Assert.Equal("3", Kusto.ScalarText($"array_length({D}.a.b)"));
        Assert.Equal("null", Kusto.ScalarText($"array_length({D}.a)"));
        Assert.Equal("0", Kusto.ScalarText("array_length(dynamic([]))"));
        Assert.Equal("[1,\"a\",null]", Kusto.ScalarText("pack_array(1, 'a', long(null))"));
    }

    [Fact]
    public void Parsed_json_from_a_string_column()
    {
        var result = Kusto.Run("""
            datatable(AdditionalFields:string)['{"Command":"whoami","Count":2}', 'oops']
            | extend f = parse_json(AdditionalFields)
            | project cmd = tostring(f.Command), count = toint(f.Count)
            """);
        Assert.Equal(["whoami|2", "|"], result.Text());
    }
}
