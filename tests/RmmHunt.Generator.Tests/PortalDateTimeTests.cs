using RmmHunt.Generator.Internals.Csv;

namespace RmmHunt.Generator.Tests;

/// <summary>The portal's datetime text (reference/data/formats.md §1): 100-ns precision, trailing zeros dropped.</summary>
public class PortalDateTimeTests
{
    [Theory]
    [InlineData(0L, "2024-10-07T12:34:56Z")]
    [InlineData(1_234_567L, "2024-10-07T12:34:56.1234567Z")]
    [InlineData(5_518_280L, "2024-10-07T12:34:56.551828Z")]
    [InlineData(5_000_000L, "2024-10-07T12:34:56.5Z")]
    [InlineData(1L, "2024-10-07T12:34:56.0000001Z")]
    public void Formats_with_zero_to_seven_fraction_digits(long ticks, string expected)
    {
        var instant = new DateTime(2024, 10, 7, 12, 34, 56, DateTimeKind.Utc).AddTicks(ticks);
        Assert.Equal(expected, PortalDateTime.Format(instant));
    }
}
