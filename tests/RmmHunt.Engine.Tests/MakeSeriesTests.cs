namespace RmmHunt.Engine.Tests;

/// <summary>make-series per https://learn.microsoft.com/kusto/query/make-series-operator.</summary>
public class MakeSeriesTests
{
    private const string Events = """
        let Events = datatable(Host:string, Time:datetime, Bytes:long) [
            'a', datetime(2024-01-01 01:00), 1000000,
            'a', datetime(2024-01-01 05:00), 3000000,
            'a', datetime(2024-01-03 02:00), 2000000,
            'b', datetime(2024-01-02 12:00), 5000000,
            'b', datetime(2024-01-09 12:00), 9000000
        ];
        """;

    [Fact]
    public void Counts_per_bin_with_zero_for_empty_bins_and_the_axis_last()
    {
        var result = Kusto.Run(Events + """
            Events
            | make-series Count = count() on Time from datetime(2024-01-01) to datetime(2024-01-04) step 1d by Host
            | sort by Host asc
            """);
        Assert.Equal(["Host", "Count", "Time"], result.ColumnNames());
        Assert.Equal([
            "a|[2,0,1]|[\"2024-01-01T00:00:00.0000000Z\",\"2024-01-02T00:00:00.0000000Z\",\"2024-01-03T00:00:00.0000000Z\"]",
            "b|[0,1,0]|[\"2024-01-01T00:00:00.0000000Z\",\"2024-01-02T00:00:00.0000000Z\",\"2024-01-03T00:00:00.0000000Z\"]",
        ], result.Text());
    }

    [Fact]
    public void Series_values_may_be_expressions_over_aggregates_and_defaults_are_used_for_empty_bins()
    {
        var rows = Kusto.Run(Events + """
            Events
            | make-series MB = sum(Bytes) / 1000000 default = -1 on Time in range(datetime(2024-01-01), datetime(2024-01-03), 1d) by Host
            | sort by Host asc
            | project Host, MB
            """).Text();
        Assert.Equal(["a|[4,-1]", "b|[-1,5]"], rows);
    }

    [Fact]
    public void Without_from_and_to_the_range_covers_the_data()
    {
        var rows = Kusto.Run(Events + "Events | make-series count() on Time step 7d | project count_").Text();
        Assert.Equal(["[4,1]"], rows);
    }
}
