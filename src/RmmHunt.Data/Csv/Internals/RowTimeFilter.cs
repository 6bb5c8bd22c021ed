using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// The scan's time range (see <see cref="ScanRequest.Time"/>) tested on a row's raw time field before
/// the row is split and converted. Hunts look at the last days of weeks of telemetry: most rows that
/// hold a rule's needles lie outside the days it asks about, and converting all their fields was most
/// of what the seed hunt spent on the rows it parsed.
/// </summary>
internal sealed class RowTimeFilter
{
    private readonly long _min, _max;

    private RowTimeFilter(int field, long min, long max) => (Field, _min, _max) = (field, min, max);

    /// <summary>The file field holding the time.</summary>
    public int Field { get; }

    /// <summary>Null when there is no range, or the file lacks its column.</summary>
    public static RowTimeFilter? Create(TimeRange? range, TableSchema table, IReadOnlyDictionary<string, int> fieldOf)
    {
        if (range is null || !fieldOf.TryGetValue(range.Column, out int field)) return null;
        if (table.Columns.FirstOrDefault(c => c.Name == range.Column)?.Type != KqlType.DateTime) return null;
        return new RowTimeFilter(field, range.Min?.Ticks ?? long.MinValue, range.Max?.Ticks ?? long.MaxValue);
    }

    /// <summary>False only for a row whose time field holds a datetime outside the range: an empty or unreadable one passes, so that parsing reports it.</summary>
    public bool MayPass(ReadOnlySpan<byte> row, Span<CsvField> fields)
    {
        ReadOnlySpan<byte> text;
        if (Field == 0 && (row.IsEmpty || row[0] != (byte)'"'))
        {
            int comma = row.IndexOf((byte)',');
            text = comma < 0 ? row : row[..comma]; // the usual layout: the time first and unquoted
        }
        else
        {
            int count = FieldSplitter.Split(row, fields, out _, stopAfter: Field + 1);
            if (count <= Field || fields[Field].Escaped) return true;
            text = row.Slice(fields[Field].Start, fields[Field].Length);
        }
        return !CellParsers.DateTimeTicks(text, out long ticks) || (ticks >= _min && ticks <= _max);
    }
}
