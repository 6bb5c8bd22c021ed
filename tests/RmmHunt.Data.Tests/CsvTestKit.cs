using System.Text;
using RmmHunt.Data.Csv;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Tests;

/// <summary>Writes CSV text to temporary files and reads them back as rows of values, with the scan's accounting.</summary>
internal static class CsvTestKit
{
    /// <summary>A small table covering every column type.</summary>
    public static readonly TableSchema Table = new("T",
    [
        new ColumnSymbol("Timestamp", KqlType.DateTime),
        new ColumnSymbol("Name", KqlType.String),
        new ColumnSymbol("Count", KqlType.Long),
        new ColumnSymbol("Port", KqlType.Int),
        new ColumnSymbol("Ratio", KqlType.Real),
        new ColumnSymbol("Flag", KqlType.Bool),
        new ColumnSymbol("Id", KqlType.Guid),
        new ColumnSymbol("Fields", KqlType.Dynamic),
        new ColumnSymbol("Elapsed", KqlType.TimeSpan),
        new ColumnSymbol("Amount", KqlType.Decimal),
    ]);

    /// <summary>Tiny blocks, so rows cross block boundaries and every buffer path runs.</summary>
    public static readonly CsvReadOptions Tiny = new() { BlockSize = 16, MaxRowBytes = 1 << 20, Workers = 2 };

    public static string Write(string text, bool bom = false) => WriteBytes((bom ? "\uFEFF" : "") + text);

    public static string WriteBytes(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), "rmmhunt-csv-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
        return path;
    }

    /// <summary>A field as a CSV writer puts it: quoted, with its quotes doubled, when it holds a quote, comma or line break.</summary>
    public static string Quote(string field) => field.AsSpan().IndexOfAny("\",\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    public static Scanned Read(string text, TableSchema? table = null, ScanRequest? request = null, CsvReadOptions? options = null, bool bom = false)
    {
        string path = Write(text, bom);
        try
        {
            return ReadFile(path, table, request, options);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static Scanned ReadFile(string path, TableSchema? table = null, ScanRequest? request = null, CsvReadOptions? options = null)
    {
        table ??= Table;
        request ??= ScanRequest.All(table);
        var source = new DefenderCsvSource(path, table, options);
        var stats = new ScanStatistics(path, table.Name);
        var batches = source.Scan(table, request, stats, CancellationToken.None).ToList();
        var ordinals = request.Columns.Order().ToArray();
        var rows = new List<object?[]>();
        foreach (var batch in batches)
        {
            for (int c = 0; c < table.Count; c++)
                Assert.True(request.Columns.Contains(c) == (batch.Columns[c] is not null), $"column {c} materialized iff requested");
            for (int r = 0; r < batch.RowCount; r++) rows.Add(ordinals.Select(o => batch.Columns[o]!.GetValue(r)).ToArray());
        }
        return new Scanned(source, rows, stats, batches);
    }

    public static ScanRequest Columns(TableSchema table, params string[] names) =>
        new(names.Select(table.IndexOf).ToHashSet(), null);

    /// <summary>A header line of the test table and one row with the given name and count (other fields empty).</summary>
    public static string Header => string.Join(",", Table.Columns.Select(c => c.Name)) + "\n";

    public static string Row(string name = "a", string count = "1", string timestamp = "2024-10-07T17:35:42Z") =>
        $"{timestamp},{name},{count},,,,,,,\n";
}

internal sealed record Scanned(DefenderCsvSource Source, List<object?[]> Rows, ScanStatistics Stats, List<Batch> Batches)
{
    public IReadOnlyList<RejectedRow> Rejections => Stats.Rejections;

    public object?[] Column(int index) => Rows.Select(r => r[index]).ToArray();
}
