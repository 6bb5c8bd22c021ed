namespace RmmHunt.Engine.Tests;

/// <summary>join kinds as the docs define them (https://learn.microsoft.com/kusto/query/join-operator).</summary>
public class JoinTests
{
    private const string X = "let X = datatable(Key:string, Value1:long) ['a',1, 'b',2, 'b',3, 'c',4];";
    private const string Y = "let Y = datatable(Key:string, Value2:long) ['b',10, 'c',20, 'c',30, 'd',40];";

    private static string[] Join(string kind) =>
        Kusto.Run(X + Y + $"X | join {kind} Y on Key | sort by Key asc, Value1 asc, Value2 asc nulls last").Text();

    [Fact]
    public void Default_kind_is_innerunique_keeping_one_left_row_per_key()
    {
        // The docs: X(a1,b2,b3,c4) innerunique Y(b10,c20,c30,d40) gives (b,2,b,10), (c,4,c,20), (c,4,c,30).
        var rows = Join("");
        Assert.Equal(3, rows.Length);
        Assert.Equal(["c|4|c|20", "c|4|c|30"], rows[1..]);
        Assert.Matches("^b\\|[23]\\|b\\|10$", rows[0]);
    }

    [Fact]
    public void Inner_keeps_every_pair()
    {
        Assert.Equal(["b|2|b|10", "b|3|b|10", "c|4|c|20", "c|4|c|30"], Join("kind=inner"));
    }

    [Fact]
    public void Output_renames_the_right_key_column()
    {
        var result = Kusto.Run(X + Y + "X | join kind=inner Y on Key");
        Assert.Equal(["Key", "Value1", "Key1", "Value2"], result.ColumnNames());
    }

    [Fact] // found by the corpus: evidence joined in from a subquery that matched nothing
    public void Left_outer_join_with_an_empty_right_side_keeps_every_left_row_with_nulls()
    {
        var rows = Kusto.Run(X + Y + "X | join kind=leftouter (Y | where Value2 > 1000) on Key | project Key, Value1, Value2 | sort by Value1 asc").Text();
        Assert.Equal(["a|1|", "b|2|", "b|3|", "c|4|"], rows);
    }

    [Fact]
    public void Outer_kinds_fill_the_missing_side_with_nulls()
    {
        Assert.Equal(["a|1||", "b|2|b|10", "b|3|b|10", "c|4|c|20", "c|4|c|30"], Join("kind=leftouter"));
        var full = Join("kind=fullouter");
        Assert.Equal(6, full.Length);
        Assert.Contains("||d|40", full);
        Assert.Contains("a|1||", full);
    }

    [Fact]
    public void Semi_and_anti_kinds_return_one_side()
    {
        Assert.Equal(["b|2", "b|3", "c|4"], Kusto.Run(X + Y + "X | join kind=leftsemi Y on Key | sort by Value1 asc").Text());
        Assert.Equal(["a|1"], Kusto.Run(X + Y + "X | join kind=leftanti Y on Key").Text());
        Assert.Equal(["d|40"], Kusto.Run(X + Y + "X | join kind=rightanti Y on Key").Text());
        Assert.Equal(["b|10", "c|20", "c|30"], Kusto.Run(X + Y + "X | join kind=rightsemi Y on Key | sort by Value2 asc").Text());
    }

    [Fact]
    public void Different_key_names_with_left_and_right()
    {
        var rows = Kusto.Run(X + "let Z = datatable(Id:string, V:long) ['a', 7]; X | join kind=inner Z on $left.Key == $right.Id").Text();
        Assert.Equal(["a|1|a|7"], rows);
    }

    [Fact]
    public void Lookup_shows_the_key_once_and_defaults_to_leftouter()
    {
        var result = Kusto.Run(X + Y + "X | lookup Y on Key | sort by Key asc, Value1 asc, Value2 asc");
        Assert.Equal(["Key", "Value1", "Value2"], result.ColumnNames());
        Assert.Equal(5, result.RowCount);
    }

    [Fact]
    public void Join_of_a_table_with_itself_reads_it_once_and_matches()
    {
        var table = Kusto.Table("T", "datatable(Host:string, Action:string) ['h1','a', 'h1','b', 'h2','a']");
        var rows = Kusto.Run("T | where Action == 'a' | join kind=inner (T | where Action == 'b') on Host | project Host", table).Text();
        Assert.Equal(["h1"], rows);
    }

    [Theory] // unmatched right rows carry only the left columns a later operator reads; sort must not need the others
    [InlineData("X | join kind=rightouter Y on Key | sort by Value2 asc | project Value2", new[] { "10", "10", "20", "30", "40" })]
    [InlineData("X | join kind=fullouter Y on Key | sort by 1 | count", new[] { "6" })]
    public void Sorting_an_outer_join_with_pruned_columns(string query, string[] expected) =>
        Assert.Equal(expected, Kusto.Run(X + Y + query).Text());
}
