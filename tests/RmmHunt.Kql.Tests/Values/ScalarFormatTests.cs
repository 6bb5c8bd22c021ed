using System.Globalization;
using RmmHunt.Kql.Values;

namespace RmmHunt.Kql.Tests.Values;

public sealed class ScalarFormatTests
{
    [Fact]
    public void Datetimes_print_as_utc_with_seven_fractional_digits_whatever_their_kind()
    {
        var random = new Random(11);
        var values = Enumerable.Range(0, 5000).Select(_ => random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks))
            .Concat([DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks, new DateTime(2024, 10, 7).Ticks]);
        foreach (long ticks in values)
        {
            foreach (var kind in new[] { DateTimeKind.Utc, DateTimeKind.Unspecified, DateTimeKind.Local })
            {
                var value = new DateTime(ticks, kind);
                Assert.Equal(value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture), ScalarFormat.DateTime(value));
            }
        }
        Assert.Equal("0001-01-01T00:00:00.0000000Z", ScalarFormat.DateTime(DateTime.MinValue));
        Assert.Equal("2024-10-07T12:30:05.1234567Z", ScalarFormat.DateTime(new DateTime(2024, 10, 7, 12, 30, 5, DateTimeKind.Local).AddTicks(1234567)));
    }
}
