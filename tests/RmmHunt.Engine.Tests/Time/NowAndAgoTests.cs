namespace RmmHunt.Engine.Tests.Time;

/// <summary>now() is the run's pinned clock (the test helper pins 2024-10-07 12:00 UTC); ago(x) = now() - x.</summary>
public class NowAndAgoTests
{
    private static DateTime Eval(string expression) => (DateTime)Kusto.Scalar(expression)!;

    [Fact]
    public void Now_is_the_pinned_instant() => Assert.Equal(Kusto.Now, Eval("now()"));

    [Fact]
    public void Now_with_an_offset() => Assert.Equal(Kusto.Now.AddDays(-5), Eval("now(-5d)"));

    [Fact]
    public void Ago_subtracts_from_now()
    {
        Assert.Equal(Kusto.Now.AddDays(-1), Eval("ago(1d)"));
        Assert.Equal(Kusto.Now.AddHours(2), Eval("ago(-2h)"));
        Assert.Equal(TimeSpan.FromMinutes(90), Kusto.Scalar("now() - ago(90m)"));
    }

    [Fact]
    public void Now_is_the_same_everywhere_in_a_query()
    {
        var result = Kusto.Run("let a = now(); datatable(x:long)[1, 2, 3] | extend same = now() == a and ago(0s) == a");
        Assert.All(result.ColumnText("same"), v => Assert.Equal("true", v));
    }

    [Fact]
    public void A_rule_window_applies_to_exported_data()
    {
        var result = Kusto.Run("""
            let Time_start = now(-5d);
            let Time_end = now();
            datatable(Timestamp:datetime, n:long)[datetime(2024-10-01), 1, datetime(2024-10-02 12:00), 2, datetime(2024-10-06), 3, datetime(2024-10-07 12:00:01), 4]
            | where Timestamp between (Time_start .. Time_end)
            """);
        Assert.Equal(["2", "3"], result.ColumnText("n"));
    }
}
