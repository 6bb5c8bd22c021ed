namespace RmmHunt.Engine.Tests.Time;

/// <summary>https://learn.microsoft.com/kusto/query/datetime-timespan-arithmetic</summary>
public class DateTimeArithmeticTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Theory]
    [InlineData("datetime(2024-01-02) - datetime(2024-01-01)", "1.00:00:00")]
    [InlineData("datetime(2024-01-01) - datetime(2024-01-02 06:00)", "-1.06:00:00")]
    [InlineData("datetime(2024-01-01) + 1d", "2024-01-02T00:00:00.0000000Z")]
    [InlineData("1d + datetime(2024-01-01)", "2024-01-02T00:00:00.0000000Z")]
    [InlineData("datetime(2024-01-01) - 1h", "2023-12-31T23:00:00.0000000Z")]
    [InlineData("datetime(2024-01-01) + 90m - 30m", "2024-01-01T01:00:00.0000000Z")]
    [InlineData("2h + 30m", "02:30:00")]
    [InlineData("1h - 2h", "-01:00:00")]
    [InlineData("-1d", "-1.00:00:00")]
    [InlineData("1h * 3", "03:00:00")]
    [InlineData("2 * 1.5h", "03:00:00")]
    [InlineData("1d / 4", "06:00:00")]
    public void Datetime_and_timespan_arithmetic(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("1d / 1h", 24.0)]
    [InlineData("90m / 1h", 1.5)]
    [InlineData("(datetime(2019-01-07 21:45:31) - datetime(1970-01-01)) / 1s", 1546897531.0)]
    public void Timespan_divided_by_timespan_is_real(string expression, double expected) =>
        Assert.Equal(expected, Assert.IsType<double>(Kusto.Scalar(expression)));

    [Fact]
    public void Tostring_of_a_datetime_is_iso_8601_with_seven_digits_and_z()
    {
        Assert.Equal("2024-10-07T13:14:15.1230000Z", Eval("tostring(datetime(2024-10-07 13:14:15.123))"));
        Assert.Equal("2024-10-07T00:00:00.0000000Z", Eval("strcat(datetime(2024-10-07))"));
    }

    [Fact]
    public void Tostring_of_a_timespan()
    {
        Assert.Equal("1.02:03:04", Eval("tostring(1d + 2h + 3m + 4s)"));
        Assert.Equal("00:00:00.5000000", Eval("tostring(500ms)"));
    }

    [Theory]
    [InlineData("startofday(datetime(2024-10-07 13:14:15))", "2024-10-07T00:00:00.0000000Z")]
    [InlineData("endofday(datetime(2024-10-07 13:14:15))", "2024-10-07T23:59:59.9999999Z")]
    [InlineData("startofday(datetime(2024-10-07 13:14:15), -1)", "2024-10-06T00:00:00.0000000Z")]
    public void Day_boundaries(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Comparisons_of_datetimes_and_timespans()
    {
        Assert.True((bool)Kusto.Scalar("datetime(2024-01-02) > datetime(2024-01-01)")!);
        Assert.True((bool)Kusto.Scalar("10min > 1sec")!);
        Assert.True((bool)Kusto.Scalar("datetime(2024-01-01 00:00:00.0000001) > datetime(2024-01-01)")!);
    }
}
