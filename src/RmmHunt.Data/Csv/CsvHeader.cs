using System.Text;
using RmmHunt.Data.Csv.Internals;

namespace RmmHunt.Data.Csv;

/// <summary>The time zone a Sentinel portal export states in a header suffix (<c>TimeGenerated [UTC]</c>).</summary>
public enum HeaderZone
{
    None,
    Utc,
    LocalTime,
}

/// <summary>A header column: its name without the export's zone suffix, and that suffix.</summary>
public readonly record struct HeaderName(string Name, HeaderZone Zone);

/// <summary>The first row of a CSV file: column names, and where the data rows start.</summary>
public sealed class CsvHeader
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private CsvHeader(IReadOnlyList<string> raw, long dataOffset, long firstDataLine, string? problem)
    {
        RawNames = raw;
        Columns = raw.Select(Normalize).ToArray();
        DataOffset = dataOffset;
        FirstDataLine = firstDataLine;
        Problem = problem;
    }

    /// <summary>The names as written.</summary>
    public IReadOnlyList<string> RawNames { get; }

    public IReadOnlyList<HeaderName> Columns { get; }

    public IEnumerable<string> Names => Columns.Select(c => c.Name);

    /// <summary>Byte offset of the first data row (after the BOM and the header row).</summary>
    public long DataOffset { get; }

    /// <summary>1-based physical line of the first data row.</summary>
    public long FirstDataLine { get; }

    /// <summary>Why the header looks broken (it was read as well as possible), or null.</summary>
    public string? Problem { get; }

    /// <summary>Strips the Sentinel portal's <c> [UTC]</c> / <c> [Local Time]</c> suffix.</summary>
    public static HeaderName Normalize(string raw)
    {
        string name = raw.Trim();
        if (name.EndsWith(" [UTC]", StringComparison.OrdinalIgnoreCase)) return new(name[..^6].TrimEnd(), HeaderZone.Utc);
        if (name.EndsWith(" [Local Time]", StringComparison.OrdinalIgnoreCase)) return new(name[..^13].TrimEnd(), HeaderZone.LocalTime);
        return new(name, HeaderZone.None);
    }

    /// <summary>
    /// More columns than any telemetry export has (Defender's widest table has about 70, Sentinel's a few
    /// hundred): a header beyond it is damage, and taking it at its word cost seconds per read in names alone.
    /// </summary>
    public const int MaxColumns = 10_000;

    public static CsvHeader Read(string path, int maxBytes = 64 << 20)
    {
        using var input = Compression.InputStream.Open(path);
        return CsvFile.Guard(path, () => Read(input.Data, maxBytes, path));
    }

    /// <summary>Reads the header from the start of <paramref name="stream"/>; the stream is left somewhere after it.</summary>
    /// <exception cref="InputFileException">The header has more than <see cref="MaxColumns"/> columns.</exception>
    public static CsvHeader Read(Stream stream, int maxBytes, string location)
    {
        var buffer = new byte[Math.Min(64 << 10, Math.Max(maxBytes, 16))];
        int filled = 0, scanned = 0;
        bool quoted = false;
        while (true)
        {
            int end = FindRowEnd(buffer.AsSpan(scanned, filled - scanned), ref quoted);
            if (end >= 0) return Parse(buffer.AsSpan(0, scanned + end), scanned + end + 1, null, location);
            scanned = filled;
            if (filled == buffer.Length)
            {
                if (buffer.Length >= maxBytes) return Parse(buffer, filled, $"the header row is longer than {maxBytes} bytes", location);
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            int read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0) return Parse(buffer.AsSpan(0, filled), filled, quoted ? "the header row has an unterminated quote" : null, location);
            filled += read;
        }
    }

    private static int FindRowEnd(ReadOnlySpan<byte> data, ref bool quoted)
    {
        for (int i = 0; i < data.Length; i++)
        {
            if (data[i] == (byte)'"') quoted = !quoted;
            else if (data[i] == (byte)'\n' && !quoted) return i;
        }
        return -1;
    }

    private static CsvHeader Parse(ReadOnlySpan<byte> row, long dataOffset, string? problem, string location)
    {
        long lines = 1 + row.Count((byte)'\n') + (dataOffset > row.Length ? 1 : 0);
        int bom = row.StartsWith(Bom) ? Bom.Length : 0;
        row = row[bom..];
        if (row.Length > 0 && row[^1] == (byte)'\r') row = row[..^1];
        if (row.Length == 0 && dataOffset <= bom) return new CsvHeader([], dataOffset, lines, problem);
        int split = FieldSplitter.Split(row, [], out _); // -1 when malformed: then the names are split at every comma
        int count = Math.Max(split, row.Count((byte)',') + 1);
        if (count > MaxColumns)
            throw new InputFileException(location, $"the header has {count:N0} columns, more than the {MaxColumns:N0} any telemetry export has: not a CSV export, or a damaged one", 1);
        var fields = new CsvField[Math.Max(split, 1)];
        var names = new List<string>();
        if (FieldSplitter.Split(row, fields, out string? error) < 0)
        {
            // Malformed quoting: fall back to plain commas so that the rows can still be matched up.
            problem ??= "the header row is malformed (" + error + ")";
            names.AddRange(Encoding.UTF8.GetString(row).Split(','));
        }
        else
        {
            var scratch = new byte[row.Length];
            foreach (var field in fields)
            {
                var text = row.Slice(field.Start, field.Length);
                if (field.Escaped) text = scratch.AsSpan(0, FieldSplitter.Unescape(text, scratch));
                names.Add(Encoding.UTF8.GetString(text));
            }
        }
        return new CsvHeader(names, dataOffset, lines, problem);
    }
}
