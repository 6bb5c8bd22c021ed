using ParquetSharp;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Parquet;

/// <summary>Row-group statistics of a timestamp column against a scan's time range.</summary>
internal static class ParquetStatistics
{
    /// <summary>True only when the statistics prove every value of the chunk lies outside <paramref name="range"/> (or is null).</summary>
    public static bool OutsideTime(ColumnChunkMetaData chunk, ColumnDescriptor column, TimeRange range)
    {
        using var statistics = chunk.Statistics;
        if (statistics is not Statistics<long> { HasMinMax: true } typed) return false;
        using var logical = column.LogicalType;
        if (logical is not TimestampLogicalType timestamp) return false;
        long ticksPerUnit = timestamp.TimeUnit switch { TimeUnit.Millis => TimeSpan.TicksPerMillisecond, TimeUnit.Micros => 10, _ => 0 };
        return !range.Overlaps(ToDateTime(typed.Min, ticksPerUnit), ToDateTime(typed.Max, ticksPerUnit));
    }

    private static DateTime ToDateTime(long value, long ticksPerUnit) =>
        new(DateTime.UnixEpoch.Ticks + (ticksPerUnit == 0 ? value / 100 : value * ticksPerUnit), DateTimeKind.Utc);
}
