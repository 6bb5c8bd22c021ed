namespace RmmHunt.Engine.Tests.Nulls;

/// <summary>
/// Null rules of https://learn.microsoft.com/kusto/query/scalar-data-types/null-values: strings are never
/// null (missing is ""), binary operators propagate null except ==/!= against a value and the
/// short-circuit cases of and/or, where drops rows whose predicate is null.
/// </summary>
public class NullSemanticsTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Theory]
    [InlineData("isempty('')", "true")]
    [InlineData("isempty(' ')", "false")]
    [InlineData("isempty(long(null))", "true")]
    [InlineData("isempty(0)", "false")]
    [InlineData("isnotempty('')", "false")]
    [InlineData("isnotempty('x')", "true")]
    [InlineData("isnotempty(datetime(null))", "false")]
    [InlineData("isnull('')", "false")]
    [InlineData("isnull(long(null))", "true")]
    [InlineData("isnotnull(real(null))", "false")]
    [InlineData("isempty(dynamic(null))", "true")]
    [InlineData("isempty(dynamic({'a': 1}).b)", "true")]
    public void Empty_and_null_tests(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("long(null) == 1", "false")]
    [InlineData("long(null) != 1", "true")]
    [InlineData("long(null) == long(null)", "null")]
    [InlineData("long(null) != long(null)", "null")]
    [InlineData("long(null) < 1", "null")]
    [InlineData("datetime(null) > datetime(2024-01-01)", "null")]
    public void Comparisons_with_null(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("false and bool(null)", "false")]
    [InlineData("bool(null) and false", "false")]
    [InlineData("true and bool(null)", "null")]
    [InlineData("true or bool(null)", "true")]
    [InlineData("bool(null) or true", "true")]
    [InlineData("false or bool(null)", "null")]
    [InlineData("not(bool(null))", "null")]
    [InlineData("not(false)", "true")]
    public void Three_valued_logic(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("long(null) + 1", "null")]
    [InlineData("real(null) * 2.0", "null")]
    [InlineData("datetime(null) + 1d", "null")]
    [InlineData("-long(null)", "null")]
    [InlineData("strcat('a', long(null), 'b')", "ab")]
    [InlineData("tostring(long(null))", "")]
    [InlineData("strlen(tostring(datetime(null)))", "0")]
    [InlineData("iff(bool(null), 'then', 'else')", "else")]
    [InlineData("coalesce(long(null), long(null), 3)", "3")]
    [InlineData("coalesce('', 'b')", "b")]
    public void Nulls_in_expressions(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Where_drops_rows_whose_predicate_is_null()
    {
        var result = Kusto.Run("datatable(x:long)[1, long(null), 3] | where x > 1");
        Assert.Equal(["3"], result.Text());
        // null != 1 is true, so the null row is kept here.
        Assert.Equal(["null", "3"], Kusto.Run("datatable(x:long)[1, long(null), 3] | where x != 1").ColumnText("x"));
        // null == 1 is false, so not(null == 1) is true and keeps the row too.
        Assert.Equal(["null", "3"], Kusto.Run("datatable(x:long)[1, long(null), 3] | where not(x == 1)").ColumnText("x"));
        Assert.Empty(Kusto.Run("datatable(x:long)[long(null)] | where x == long(null)").Text());
    }

    [Fact]
    public void The_documented_null_table()
    {
        // scalar-data-types/null-values: val > 3 is null for a null val; "or isnull(val)" makes it true.
        var result = Kusto.Run("""
            datatable(val:int)[5, int(null)]
            | extend IsBiggerThan3 = val > 3, OrNull = val > 3 or isnull(val), Eq = val == int(null), Ne = val != int(null)
            """);
        Assert.Equal(["5", "true", "true", "false", "true"], result.Rows().First().Select(v => v is null ? "null" : Kql.Values.ScalarFormat.ToText(v)));
        Assert.Equal(["null", "null", "true", "null", "null"], result.Rows().Last().Select(v => v is null ? "null" : Kql.Values.ScalarFormat.ToText(v)));
    }

    [Fact]
    public void String_columns_are_never_null()
    {
        var result = Kusto.Run("datatable(s:string, n:long)['', long(null)] | extend e = isempty(s), nn = isnull(s), ne = isempty(n)");
        Assert.Equal("", result.Value(0, "s"));
        Assert.Null(result.Value(0, "n"));
        Assert.Equal([true, false, true], new[] { "e", "nn", "ne" }.Select(c => (bool)result.Value(0, c)!));
    }
}
