namespace RmmHunt.Engine.Tests.Tabular;

/// <summary>evaluate pivot() (pivotplugin.md), over a small StormEvents-like table shaped as the docs' examples.</summary>
public class PivotTests
{
    private const string Storms = """
        datatable(State:string, EventType:string, Source:string, DeathsDirect:long) [
            "ARKANSAS", "Heavy Rain", "Emergency Manager", 1,
            "ARIZONA", "Flash Flood", "Trained Spotter", 2,
            "ARIZONA", "Flash Flood", "Broadcast Media", 3,
            "ARIZONA", "Lightning", "Newspaper", 1,
            "ARKANSAS", "Heat", "Newspaper", 3]
        """;

    [Fact]
    public void Counts_per_group_and_value_with_zero_where_there_are_none()
    {
        // "Pivot by a column": the other columns group, the values of State become columns, cells count.
        var result = Kusto.Run(Storms + " | project State, EventType | evaluate pivot(State) | sort by EventType asc");
        Assert.Equal(["EventType", "ARKANSAS", "ARIZONA"], result.ColumnNames());
        Assert.Equal(["Flash Flood|0|2", "Heat|1|0", "Heavy Rain|1|0", "Lightning|0|1"], result.Text());
    }

    [Fact]
    public void Sum_with_the_aggregated_column_left_out_of_the_groups()
    {
        // "Pivot by a column with aggregation function"; the same with EventType named explicitly.
        string expected = string.Join(",", Kusto.Run(Storms + " | project State, EventType, DeathsDirect | evaluate pivot(State, sum(DeathsDirect)) | sort by EventType asc").Text());
        Assert.Equal("Flash Flood|0|5,Heat|3|0,Heavy Rain|1|0,Lightning|0|1", expected);
        var named = Kusto.Run(Storms + " | project State, EventType, DeathsDirect | evaluate pivot(State, sum(DeathsDirect), EventType) | sort by EventType asc");
        Assert.Equal(expected, string.Join(",", named.Text()));
    }

    [Fact]
    public void Several_group_columns()
    {
        var result = Kusto.Run(Storms + " | evaluate pivot(State, sum(DeathsDirect), EventType, Source) | where EventType == 'Flash Flood' | sort by Source asc");
        Assert.Equal(["EventType", "Source", "ARKANSAS", "ARIZONA"], result.ColumnNames());
        Assert.Equal(["Flash Flood|Broadcast Media|0|3", "Flash Flood|Trained Spotter|0|2"], result.Text());
    }

    [Fact]
    public void Aggregations_whose_empty_cell_is_not_documented_are_reported()
    {
        Assert.Contains("avg", Assert.Throws<InvalidOperationException>(() => Kusto.Run(Storms + " | evaluate pivot(State, avg(DeathsDirect))")).Message);
    }
}
