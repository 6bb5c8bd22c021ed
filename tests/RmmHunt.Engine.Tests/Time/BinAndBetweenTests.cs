namespace RmmHunt.Engine.Tests.Time;

public class BinAndBetweenTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Theory]
    [InlineData("bin(datetime(2024-10-09 13:14:15), 1d)", "2024-10-09T00:00:00.0000000Z")]
    [InlineData("bin(datetime(2024-10-09 13:14:15), 1h)", "2024-10-09T13:00:00.0000000Z")]
    [InlineData("bin(datetime(2024-10-09 13:14:15), 15m)", "2024-10-09T13:00:00.0000000Z")]
    [InlineData("bin(datetime(2024-10-09 00:00:00), 1d)", "2024-10-09T00:00:00.0000000Z")]
    public void Bin_rounds_datetimes_down(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("2007-01-03", "2007-01-01")]
    [InlineData("2007-01-07 23:59", "2007-01-01")]
    [InlineData("2007-01-08", "2007-01-08")]
    [InlineData("2024-10-10", "2024-10-07")]
    public void Bin_by_seven_days_lands_on_mondays(string day, string monday)
    {
        // Bins start at 0001-01-01, a Monday; the docs' StormEvents tutorial shows weeks 2007-01-01, 2007-01-08...
        var value = (DateTime)Kusto.Scalar($"bin(datetime({day}), 7d)")!;
        Assert.Equal(DateTime.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), value.Date);
        Assert.Equal(DayOfWeek.Monday, value.DayOfWeek);
        Assert.Equal(TimeSpan.Zero, value.TimeOfDay);
    }

    [Fact]
    public void Bin_of_timespans_and_by_a_null_size()
    {
        Assert.Equal("14.00:00:00", Eval("bin(time(16d), 7d)"));
        Assert.Equal("null", Eval("bin(5, long(null))"));
        Assert.Equal("null", Eval("bin(datetime(null), 1d)"));
    }

    [Theory]
    [InlineData("1 between (1 .. 5)", true)]
    [InlineData("5 between (1 .. 5)", true)]
    [InlineData("0 between (1 .. 5)", false)]
    [InlineData("6 between (1 .. 5)", false)]
    [InlineData("5.5 between (1 .. 5)", false)]
    [InlineData("3 !between (1 .. 5)", false)]
    [InlineData("6 !between (1 .. 5)", true)]
    [InlineData("1h between (1h .. 2h)", true)]
    public void Between_is_inclusive_at_both_ends(string expression, bool expected) =>
        Assert.Equal(expected, (bool)Kusto.Scalar(expression)!);

    [Theory]
    [InlineData("2024-01-01 00:00:00", true)]
    [InlineData("2024-01-02 00:00:00", true)]
    [InlineData("2024-01-02 00:00:00.0000001", false)]
    [InlineData("2023-12-31 23:59:59.9999999", false)]
    public void Between_a_datetime_and_a_timespan_is_a_window(string value, bool expected) =>
        Assert.Equal(expected, (bool)Kusto.Scalar($"datetime({value}) between (datetime(2024-01-01) .. 1d)")!);

    [Fact]
    public void Between_filters_rows()
    {
        var result = Kusto.Run("datatable(t:datetime)[datetime(2024-10-01), datetime(2024-10-03), datetime(2024-10-07 12:00), datetime(2024-10-08)] | where t between (ago(5d) .. now())");
        Assert.Equal(["2024-10-03T00:00:00.0000000Z", "2024-10-07T12:00:00.0000000Z"], result.Text());
    }
}
