using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Lexing;

/// <summary>Timespan literals; https://learn.microsoft.com/kusto/query/scalar-data-types/timespan</summary>
public class TimespanLiteralTests
{
    [Theory]
    [InlineData("2d", 2 * TimeSpan.TicksPerDay)]
    [InlineData("1day", TimeSpan.TicksPerDay)]
    [InlineData("3days", 3 * TimeSpan.TicksPerDay)]
    [InlineData("1h", TimeSpan.TicksPerHour)]
    [InlineData("2hr", 2 * TimeSpan.TicksPerHour)]
    [InlineData("2hrs", 2 * TimeSpan.TicksPerHour)]
    [InlineData("1hour", TimeSpan.TicksPerHour)]
    [InlineData("5hours", 5 * TimeSpan.TicksPerHour)]
    [InlineData("30m", 30 * TimeSpan.TicksPerMinute)]
    [InlineData("30min", 30 * TimeSpan.TicksPerMinute)]
    [InlineData("1minute", TimeSpan.TicksPerMinute)]
    [InlineData("2minutes", 2 * TimeSpan.TicksPerMinute)]
    [InlineData("10s", 10 * TimeSpan.TicksPerSecond)]
    [InlineData("10sec", 10 * TimeSpan.TicksPerSecond)]
    [InlineData("1second", TimeSpan.TicksPerSecond)]
    [InlineData("10seconds", 10 * TimeSpan.TicksPerSecond)]
    [InlineData("10ms", 10 * TimeSpan.TicksPerMillisecond)]
    [InlineData("1milli", TimeSpan.TicksPerMillisecond)]
    [InlineData("2millis", 2 * TimeSpan.TicksPerMillisecond)]
    [InlineData("2millisec", 2 * TimeSpan.TicksPerMillisecond)]
    [InlineData("1millisecond", TimeSpan.TicksPerMillisecond)]
    [InlineData("3milliseconds", 3 * TimeSpan.TicksPerMillisecond)]
    [InlineData("5micro", 50)]
    [InlineData("5micros", 50)]
    [InlineData("5microsec", 50)]
    [InlineData("1microsecond", 10)]
    [InlineData("2microseconds", 20)]
    [InlineData("500nano", 5)]
    [InlineData("500nanos", 5)]
    [InlineData("500nanosec", 5)]
    [InlineData("100nanosecond", 1)]
    [InlineData("200nanoseconds", 2)]
    [InlineData("1tick", 1)]
    [InlineData("7ticks", 7)]
    [InlineData("1.5h", 90 * TimeSpan.TicksPerMinute)]
    [InlineData("0.5d", 12 * TimeSpan.TicksPerHour)]
    [InlineData("-1d", -TimeSpan.TicksPerDay)]
    public void Every_unit_suffix(string literal, long ticks) =>
        Assert.Equal(new TimeSpan(ticks), LiteralValue(literal));

    [Theory]
    [InlineData("1w")] // no weeks in KQL
    [InlineData("5dd")]
    [InlineData("3y")]
    public void Unknown_units_are_errors(string literal)
    {
        var error = Assert.Single(Errors("print x = " + literal));
        Assert.Contains(literal, error.Message);
    }

    [Fact]
    public void A_space_separates_the_number_from_a_name() => Assert.NotEmpty(Errors("print x = 5 d"));

    [Theory]
    [InlineData("timespan(2)", 2 * TimeSpan.TicksPerDay)] // a bare number is days
    [InlineData("timespan(1.02:03:04)", TimeSpan.TicksPerDay + 2 * TimeSpan.TicksPerHour + 3 * TimeSpan.TicksPerMinute + 4 * TimeSpan.TicksPerSecond)]
    [InlineData("timespan(00:00:00.5)", 5_000_000)]
    [InlineData("time(1h)", TimeSpan.TicksPerHour)]
    public void Timespan_constructor_forms(string literal, long ticks) =>
        Assert.Equal(new TimeSpan(ticks), LiteralValue(literal));
}
