using RmmHunt.Engine.Sources;

namespace RmmHunt.Engine.Tests.Search;

/// <summary>The search operator (searchoperator.md, "Summary of string matching extensions").</summary>
public class SearchTests
{
    private static InMemoryTableSource[] Tables() =>
    [
        Kusto.Table("Trace", """
            datatable(Id:long, Message:string, Source:string) [
                1, "billg signed in", "portal",
                2, "steveb logged off", "Billing-Api",
                3, "connection error", "gateway",
                4, "ERROR: disk full", "storage"]
            """),
        Kusto.Table("Other", """datatable(Name:string) ["error report"]"""),
    ];

    [Theory]
    [InlineData("search in (Trace) \"billg\"", new[] { 1L })]              // 1: where * has "billg"
    [InlineData("search in (Trace) \"error\"", new[] { 3L, 4L })]          // has is case-insensitive
    [InlineData("search in (Trace) Source:\"bill\"", new long[0])]        // 3: col has "bill": not a term
    [InlineData("search in (Trace) \"bill*\"", new[] { 1L, 2L })]          // 5: hasprefix
    [InlineData("search in (Trace) \"*full\"", new[] { 4L })]             // 6: hassuffix
    [InlineData("search in (Trace) \"*ateway*\"", new[] { 3L })]          // 7: contains
    [InlineData("search in (Trace) Source==\"gateway\"", new[] { 3L })]   // 4: equality
    [InlineData("search in (Trace) \"billg\" or (Id > 3 and Id < 5)", new[] { 1L, 4L })] // 13
    [InlineData("search in (Trace) *", new[] { 1L, 2L, 3L, 4L })]         // 9: every row
    [InlineData("search in (Trace) \"3\"", new[] { 3L })]                 // a number column is searched by its text
    [InlineData("Trace | search \"error\" and Source:\"gateway\"", new[] { 3L })]
    public void Term_forms_mean_what_the_docs_say(string query, long[] ids)
    {
        var result = Kusto.Run(query + " | sort by Id asc | project Id", Tables());
        Assert.Equal(ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), result.Text());
    }

    [Fact]
    public void Output_starts_with_the_table_column()
    {
        var result = Kusto.Run("search in (Trace) \"billg\"", Tables());
        Assert.Equal(["$table", "Id", "Message", "Source"], result.ColumnNames());
        Assert.Equal(["Trace|1|billg signed in|portal"], result.Text());
    }

    [Fact]
    public void Columns_keep_the_table_order_when_the_predicate_names_one()
    {
        var result = Kusto.Run("search in (Trace) Source:\"gateway\"", Tables());
        Assert.Equal(["$table", "Id", "Message", "Source"], result.ColumnNames());
    }

    [Fact]
    public void Search_without_scope_covers_every_table()
    {
        var result = Kusto.Run("search \"error\" | project ['$table'] | sort by ['$table'] asc", Tables());
        Assert.Equal(["Other", "Trace", "Trace"], result.Text());
    }

    [Fact]
    public void Case_sensitive_kind_and_inner_wildcards_are_reported()
    {
        Assert.Contains("kind=case_sensitive", Kusto.Errors("search kind=case_sensitive in (Trace) \"billg\"", Tables()));
        Assert.Contains("'*'", Kusto.Errors("search in (Trace) \"bi*lg\"", Tables()));
    }
}
