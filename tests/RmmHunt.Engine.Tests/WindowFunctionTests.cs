namespace RmmHunt.Engine.Tests;

/// <summary>row_number, prev, next, row_cumsum over serialized rows (learn.microsoft.com/kusto/query/window-functions).</summary>
public class WindowFunctionTests
{
    [Fact]
    public void Row_number_counts_rows_and_restarts()
    {
        Assert.Equal(["1|1", "2|2", "3|3"], Kusto.Run("range a from 1 to 3 step 1 | extend rn = row_number()").Text());
        Assert.Equal(["1|7", "2|8", "3|7"], Kusto.Run("range a from 1 to 3 step 1 | extend rn = row_number(7, a == 3)").Text());
    }

    [Fact]
    public void Prev_and_next_read_neighbouring_rows_with_offsets_and_defaults()
    {
        var rows = Kusto.Run("""
            range x from 1 to 4 step 1
            | serialize p = prev(x), n = next(x), p2 = prev(x, 2, -1)
            """).Text();
        Assert.Equal(["1||2|-1", "2|1|3|-1", "3|2|4|1", "4|3||2"], rows);
    }

    [Fact]
    public void Row_cumsum_restarts_on_request()
    {
        var rows = Kusto.Run("range x from 1 to 4 step 1 | extend s = row_cumsum(x, x == 3)").Text();
        Assert.Equal(["1|1", "2|3", "3|3", "4|7"], rows);
    }

    [Fact]
    public void Sorted_input_is_serialized_but_a_table_is_not()
    {
        Assert.Equal(["b|1", "a|2"], Kusto.Run("datatable(k:string) ['a','b'] | sort by k desc | extend rn = row_number()").Text());
        Assert.Contains("need serialized input", Kusto.Errors("datatable(k:string) ['a','b'] | extend rn = row_number()"));
    }

    [Fact]
    public void Time_between_consecutive_events_of_a_sorted_stream()
    {
        // A common hunting pattern: gaps between successive connections.
        var rows = Kusto.Run("""
            datatable(Time:datetime) [datetime(2024-01-01 00:00), datetime(2024-01-01 00:05), datetime(2024-01-01 00:07)]
            | sort by Time asc
            | extend Gap = Time - prev(Time)
            | project Gap
            """).Text();
        Assert.Equal(["", "00:05:00", "00:02:00"], rows);
    }
}
