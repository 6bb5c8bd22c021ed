namespace RmmHunt.Engine.Tests.Functions;

/// <summary>case, max_of/min_of, gettype, column_ifexists, pack_all and the like (https://learn.microsoft.com/kusto/query/NAME-function).</summary>
public class LogicalFunctionTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Fact] // case-function
    public void Case_takes_the_value_of_the_first_true_predicate()
    {
        var result = Kusto.Run("""
            datatable(Size:long)[1, 5, 10, 15, long(null)]
            | extend bucket = case(Size <= 3, 'Small', Size <= 10, 'Medium', 'Large')
            """);
        Assert.Equal(["Small", "Medium", "Medium", "Large", "Large"], result.ColumnText("bucket"));
    }

    [Fact]
    public void Case_needs_values_of_one_type() => Assert.Contains("case()", Kusto.Errors("print case(true, 1, 'x')"));

    [Theory] // max-of-function, min-of-function
    [InlineData("max_of(10, 1, -3, 17)", "17")]
    [InlineData("min_of(10, 1, -3, 17)", "-3")]
    [InlineData("max_of(int(null), 2)", "2")] // non-null values take precedence over nulls
    [InlineData("max_of(int(null), int(null))", "null")]
    [InlineData("max_of(datetime(2024-01-01), datetime(2023-01-01))", "2024-01-01T00:00:00.0000000Z")]
    [InlineData("min_of('b', 'a', '')", "a")] // decided: an empty string is a missing string
    [InlineData("max_of(1, 2.5)", "2.5")]
    public void Max_and_min_of(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // gettype-function
    [InlineData("gettype('a')", "string")]
    [InlineData("gettype(111)", "long")]
    [InlineData("gettype(1==1)", "bool")]
    [InlineData("gettype(now())", "datetime")]
    [InlineData("gettype(1s)", "timespan")]
    [InlineData("gettype(parse_json('1'))", "int")]
    [InlineData("gettype(parse_json(' \"abc\" '))", "string")]
    [InlineData("gettype(parse_json(' {\"abc\":1} '))", "dictionary")]
    [InlineData("gettype(parse_json(' [1, 2, 3] '))", "array")]
    [InlineData("gettype(123.45)", "real")]
    [InlineData("gettype(guid(12e8b78d-55b4-46ae-b068-26d7a0080254))", "guid")]
    [InlineData("gettype(parse_json(''))", "null")]
    public void Gettype(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // isnan-function, isinf-function, isfinite-function
    [InlineData("isnan(real(nan))", "true")]
    [InlineData("isnan(1.0)", "false")]
    [InlineData("isinf(real(+inf))", "true")]
    [InlineData("isinf(1.0/0.0)", "true")]
    [InlineData("isfinite(1.0)", "true")]
    [InlineData("isfinite(real(nan))", "false")]
    [InlineData("isnan(real(null))", "null")]
    public void Real_checks(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact] // column-ifexists-function
    public void Column_ifexists_reads_the_column_when_the_input_has_it()
    {
        var result = Kusto.Run("datatable(State:string, Count:long)['TX', 5] | extend a = column_ifexists('State', 'none'), b = column_ifexists('Nope', 'none')");
        Assert.Equal(["TX|5|TX|none"], result.Text());
    }

    [Fact] // the unnamed column takes the name of the existing column, as Kusto.Language names it
    public void Column_ifexists_is_named_after_an_existing_column() =>
        Assert.Equal(["State"], Kusto.Run("datatable(State:string)['TX'] | project column_ifexists('State', '')").ColumnNames());

    [Fact] // the result has the type of the default value
    public void Column_ifexists_converts_the_column_to_the_default_type() =>
        Assert.Equal(["5"], Kusto.Run("datatable(Count:long)[5] | project x = column_ifexists('Count', '')").ColumnText("x"));

    [Fact] // the name may be a let-bound constant, as in queries that take the key column as a setting
    public void Column_ifexists_takes_its_name_from_a_let_constant() =>
        Assert.Equal(["TX"], Kusto.Run("let Key = 'State'; datatable(State:string)['TX'] | project x = column_ifexists(Key, 'none')").ColumnText("x"));

    [Fact] // pack-all-function
    public void Pack_all_makes_a_bag_of_every_column()
    {
        var result = Kusto.Run("datatable(Name:string, Age:long, Note:string)['Ann', 30, ''] | project all = pack_all(), some = pack_all(true)");
        Assert.Equal(["{\"Name\":\"Ann\",\"Age\":30,\"Note\":\"\"}|{\"Name\":\"Ann\",\"Age\":30}"], result.Text());
    }

    [Fact] // iscolumnexists and the deprecated columnifexists
    public void Column_existence()
    {
        var result = Kusto.Run("datatable(State:string)['TX'] | project a = iscolumnexists('State'), b = iscolumnexists('Nope'), c = columnifexists('State', 'x')");
        Assert.Equal(["true|false|TX"], result.Text());
    }

    private const string CheckLength = """
        let checkLength = (len:long, s:string)
        {
            assert(len > 0, "Length must be greater than zero") and strlen(s) > len
        };
        datatable(input:string)['123', '4567']
        """;

    [Fact] // assert-function
    public void Assert_passes_a_true_condition() =>
        Assert.Equal(["4567"], Kusto.Run(CheckLength + "| where checkLength(len=3, input)").Text());

    [Fact]
    public void Assert_fails_the_query_with_its_message()
    {
        var error = Assert.ThrowsAny<Exception>(() => Kusto.Run(CheckLength + "| where checkLength(len=long(-1), input)"));
        Assert.Contains("assert() has failed with message: 'Length must be greater than zero'", error.Message);
    }

    [Fact] // the condition must be known when the query is analysed
    public void Assert_needs_a_constant_condition() =>
        Assert.Contains("must be a constant", Kusto.Errors("datatable(x:long)[1] | where assert(x > 0, 'm')"));
}
