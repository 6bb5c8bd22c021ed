namespace RmmHunt.Engine.Tests.Tabular;

/// <summary>The scan operator, against the examples of scan-operator.md.</summary>
public class ScanTests
{
    [Fact]
    public void Cumulative_sum()
    {
        var result = Kusto.Run("""
            range x from 1 to 5 step 1
            | scan declare (cumulative_x:long=0) with
            (
                step s1: true => cumulative_x = x + s1.cumulative_x;
            )
            """);
        Assert.Equal(["x", "cumulative_x"], result.ColumnNames());
        Assert.Equal(["1|1", "2|3", "3|6", "4|10", "5|15"], result.Text());
    }

    [Fact]
    public void Cumulative_sum_on_two_columns_with_a_reset()
    {
        var result = Kusto.Run("""
            range x from 1 to 5 step 1
            | extend y = 2 * x
            | scan declare (cumulative_x:long=0, cumulative_y:long=0) with
            (
                step s1: true => cumulative_x = iff(s1.cumulative_x >= 10, x, x + s1.cumulative_x),
                                 cumulative_y = iff(s1.cumulative_y >= 10, y, y + s1.cumulative_y);
            )
            """);
        Assert.Equal(["1|2|1|2", "2|4|3|6", "3|6|6|12", "4|8|10|8", "5|10|5|18"], result.Text());
    }

    [Fact]
    public void Fill_forward()
    {
        var result = Kusto.Run("""
            let Events = datatable (Ts: timespan, Event: string) [0m, "A", 1m, "", 2m, "B", 3m, "", 4m, "", 6m, "C", 8m, "", 11m, "D", 12m, ""];
            Events
            | sort by Ts asc
            | scan declare (Event_filled:string="") with
            (
                step s1: true => Event_filled = iff(isempty(Event), s1.Event_filled, Event);
            )
            | project Event_filled
            """);
        Assert.Equal(["A", "A", "B", "B", "B", "C", "C", "D", "D"], result.Text());
    }

    [Fact]
    public void Sessions_tagging_with_a_match_id()
    {
        var result = Kusto.Run("""
            let Events = datatable (Ts: timespan, Event: string) [0m, "A", 1m, "A", 2m, "B", 3m, "D", 32m, "B", 36m, "C", 38m, "D", 41m, "E", 75m, "A"];
            Events
            | sort by Ts asc
            | scan with_match_id=session_id declare (sessionStart:timespan) with
            (
                step inSession: true => sessionStart = iff(isnull(inSession.sessionStart), Ts, inSession.sessionStart);
                step endSession output=none: Ts - inSession.sessionStart > 30m;
            )
            """);
        Assert.Equal(["Ts", "Event", "sessionStart", "session_id"], result.ColumnNames());
        Assert.Equal([
            "00:00:00|A|00:00:00|0", "00:01:00|A|00:00:00|0", "00:02:00|B|00:00:00|0", "00:03:00|D|00:00:00|0",
            "00:32:00|B|00:32:00|1", "00:36:00|C|00:32:00|1", "00:38:00|D|00:32:00|1", "00:41:00|E|00:32:00|1",
            "01:15:00|A|01:15:00|2",
        ], result.Text());
    }

    [Fact]
    public void Events_between_start_and_stop()
    {
        var result = Kusto.Run("""
            let Events = datatable (Ts: timespan, Event: string) [0m, "A", 1m, "Start", 2m, "B", 3m, "D", 4m, "Stop", 6m, "C", 8m, "Start", 11m, "E", 12m, "Stop"];
            Events
            | sort by Ts asc
            | scan with_match_id=m_id with
            (
                step s1: Event == "Start";
                step s2: Event != "Start" and Event != "Stop" and Ts - s1.Ts <= 5m;
                step s3: Event == "Stop" and Ts - s1.Ts <= 5m;
            )
            """);
        Assert.Equal([
            "00:01:00|Start|0", "00:02:00|B|0", "00:03:00|D|0", "00:04:00|Stop|0",
            "00:08:00|Start|1", "00:11:00|E|1", "00:12:00|Stop|1",
        ], result.Text());
    }

    [Fact]
    public void A_funnel_per_partition()
    {
        // "Calculate a custom funnel of events", over a few rows: Tornado within 1h of Hail, Wind within 2h of it.
        var result = Kusto.Run("""
            datatable(State:string, StartTime:datetime, EventType:string) [
                "KANSAS", datetime(2024-01-01 00:00), "Hail", "KANSAS", datetime(2024-01-01 00:30), "Tornado",
                "KANSAS", datetime(2024-01-01 02:00), "Thunderstorm Wind",
                "TEXAS", datetime(2024-01-01 00:00), "Hail", "TEXAS", datetime(2024-01-01 03:00), "Tornado"]
            | partition hint.strategy=native by State
            (
                sort by StartTime asc
                | scan with
                (
                    step hail: EventType == "Hail";
                    step tornado: EventType == "Tornado" and StartTime - hail.StartTime <= 1h;
                    step thunderstormWind: EventType == "Thunderstorm Wind" and StartTime - tornado.StartTime <= 2h;
                )
            )
            | summarize dcount(State) by EventType
            | sort by EventType asc
            """);
        Assert.Equal(["Hail|2", "Thunderstorm Wind|1", "Tornado|1"], result.Text());
    }

    [Fact]
    public void Output_last_is_reported_not_approximated()
    {
        Assert.Contains("output=last", Assert.Throws<InvalidOperationException>(() =>
            Kusto.Run("range x from 1 to 3 step 1 | scan with (step s1 output=last: x > 1;)")).Message);
    }
}
