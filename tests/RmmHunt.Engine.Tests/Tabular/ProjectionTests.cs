namespace RmmHunt.Engine.Tests.Tabular;

/// <summary>project, extend, project-away, project-keep, project-rename, project-reorder.</summary>
public class ProjectionTests
{
    private const string T = "datatable(A1:long, A2:long, B1:long, C:string)[1, 2, 3, 'c']";

    [Fact]
    public void Extend_replaces_an_existing_column_where_it_stands()
    {
        var result = Kusto.Run($"{T} | extend A2 = A2 * 10, D = 'new'");
        Assert.Equal(["A1", "A2", "B1", "C", "D"], result.ColumnNames());
        Assert.Equal(["1|20|3|c|new"], result.Text());
    }

    [Fact]
    public void Extend_can_change_the_type_of_a_column()
    {
        var result = Kusto.Run($"{T} | extend A1 = tostring(A1), tostring(B1)");
        Assert.Equal(["A1", "A2", "B1", "C"], result.ColumnNames());
        Assert.IsType<string>(result.Value(0, "A1"));
        Assert.IsType<string>(result.Value(0, "B1"));
    }

    [Fact]
    public void Extend_sees_columns_defined_before_it_in_the_same_operator() =>
        Assert.Equal(["1|2|3|c|2|4"], Kusto.Run($"{T} | extend x = A1 * 2, y = x * 2").Text());

    [Fact]
    public void Project_selects_renames_and_computes_in_order()
    {
        var result = Kusto.Run($"{T} | project C, Total = A1 + A2, A1");
        Assert.Equal(["C", "Total", "A1"], result.ColumnNames());
        Assert.Equal(["c|3|1"], result.Text());
    }

    [Fact]
    public void Project_rejects_a_name_twice() =>
        Assert.Contains("'A1' is declared more than once", Kusto.Errors($"{T} | project A1, A1 = A2"));

    [Theory]
    [InlineData("project-away A*", "B1,C")]
    [InlineData("project-away A1, C", "A2,B1")]
    [InlineData("project-away *1", "A2,C")]
    [InlineData("project-keep A*", "A1,A2")]
    [InlineData("project-keep *1, C", "A1,B1,C")]
    [InlineData("project-reorder C, B1", "C,B1,A1,A2")]
    [InlineData("project-reorder A* desc", "A2,A1,B1,C")]
    [InlineData("project-reorder C, A* asc", "C,A1,A2,B1")]
    [InlineData("project-rename X = C, Y = A1", "Y,A2,B1,X")]
    public void Pattern_operators(string op, string columns) =>
        Assert.Equal(columns, string.Join(",", Kusto.Run($"{T} | {op}").ColumnNames()));

    [Fact]
    public void Project_rename_keeps_the_values()
    {
        var result = Kusto.Run($"{T} | project-rename Name = C | project Name");
        Assert.Equal(["c"], result.Text());
    }

    [Fact]
    public void Project_away_of_an_unknown_plain_name_is_an_error() =>
        Assert.Contains("'Nope'", Kusto.Errors($"{T} | project-away Nope"));

    [Fact]
    public void Project_away_of_a_wildcard_matching_nothing_is_fine() =>
        Assert.Equal(["A1", "A2", "B1", "C"], Kusto.Run($"{T} | project-away Z*").ColumnNames());
}
