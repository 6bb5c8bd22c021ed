namespace RmmHunt.Engine.Tests.Tabular;

/// <summary>Default column names of summarize (by-columns first, then aggregates) and of unnamed columns elsewhere.</summary>
public class SummarizeNamingTests
{
    private const string T = "datatable(Name:string, Value:long, When:datetime)['a', 1, datetime(2024-01-01)]";

    [Theory]
    [InlineData("count()", "count_")]
    [InlineData("countif(Value > 0)", "countif_")]
    [InlineData("dcount(Name)", "dcount_Name")]
    [InlineData("dcountif(Name, Value > 0)", "dcountif_Name")]
    [InlineData("make_set(Name)", "set_Name")]
    [InlineData("makeset(Name)", "set_Name")]
    [InlineData("make_set_if(Name, true)", "set_Name")]
    [InlineData("make_list(Name)", "list_Name")]
    [InlineData("make_list_if(Name, true)", "list_Name")]
    [InlineData("sum(Value)", "sum_Value")]
    [InlineData("sumif(Value, true)", "sumif_Value")]
    [InlineData("min(When)", "min_When")]
    [InlineData("max(When)", "max_When")]
    [InlineData("avg(Value)", "avg_Value")]
    [InlineData("take_any(Name)", "Name")]
    [InlineData("tostring(make_set(Name))", "set_Name")]
    [InlineData("count() * 2", "Column1")]
    public void Aggregate_default_names(string aggregate, string name) =>
        Assert.Equal([name], Kusto.Run($"{T} | summarize {aggregate}").ColumnNames());

    [Fact]
    public void By_columns_come_first_and_keep_their_names()
    {
        var result = Kusto.Run($"{T} | summarize count(), Total = sum(Value) by Name, Day = bin(When, 1d)");
        Assert.Equal(["Name", "Day", "count_", "Total"], result.ColumnNames());
        Assert.Equal(["When", "count_"], Kusto.Run($"{T} | summarize count() by bin(When, 1h)").ColumnNames());
    }

    [Fact]
    public void Duplicate_default_names_get_numeric_suffixes()
    {
        Assert.Equal(["count_", "count_1", "sum_Value", "sum_Value1"], Kusto.Run($"{T} | summarize count(), count(), sum(Value), sum(Value)").ColumnNames());
        Assert.Equal(["count_", "count_1"], Kusto.Run($"{T} | extend count_ = 1 | summarize count() by count_").ColumnNames());
    }

    [Fact]
    public void Explicit_duplicate_names_are_an_error() =>
        Assert.Contains("'count_' is declared more than once", Kusto.Errors($"{T} | summarize count(), count_ = count()"));

    [Fact]
    public void Summarize_of_a_set_as_text_is_the_corpus_idiom()
    {
        // sql-server-abuse in the reference corpus filters on the default name set_ProcessCommandLine.
        var result = Kusto.Run("""
            datatable(DeviceId:string, ProcessCommandLine:string)['d1', 'certutil -urlcache', 'd1', 'whoami']
            | summarize tostring(makeset(ProcessCommandLine)) by DeviceId
            | where set_ProcessCommandLine has "certutil"
            """);
        Assert.Equal(["DeviceId", "set_ProcessCommandLine"], result.ColumnNames());
        Assert.Equal(1, result.RowCount);
    }

    [Fact]
    public void Print_names_unnamed_columns_by_position()
    {
        Assert.Equal(["print_0"], Kusto.Run("print 1").ColumnNames());
        Assert.Equal(["print_0", "x", "print_2"], Kusto.Run("print 1, x = 2, 3").ColumnNames());
        // Even a let name or a conversion is named by position in print.
        Assert.Equal(["print_0", "print_1"], Kusto.Run("let d = 'a'; print d, tostring(d)").ColumnNames());
    }

    [Fact]
    public void Extend_names_unnamed_expressions_column1_column2()
    {
        var result = Kusto.Run("datatable(a:long, s:string)[1, 'x'] | extend a * 2, substring(s, 0), 1 + 1");
        Assert.Equal(["a", "s", "Column1", "Column2", "Column3"], result.ColumnNames());
        Assert.Equal(["1|x|2|x|2"], result.Text());
    }

    [Fact]
    public void Dynamic_member_access_is_named_by_its_path()
    {
        var result = Kusto.Run("print d = dynamic({'a': {'b': 1}}) | project d.a.b, d['a']");
        Assert.Equal(["d_a_b", "d_a"], result.ColumnNames());
    }
}
