using System.Globalization;
using ParquetSharp;
using RmmHunt.Data.Parquet;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;
using Column = RmmHunt.Engine.Vectors.Column;

namespace RmmHunt.Data.Tests.Parquet;

/// <summary>Parquet files written for the reader's tests, and scans of them as comparable text.</summary>
internal sealed class ParquetTestFiles : IDisposable
{
    public static readonly DateTime Start = new(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc);

    public static TableSchema Table => DataSchemas.BuiltIn.FindTable("DeviceNetworkEvents")!;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "rmmhunt-parquet-" + Guid.NewGuid().ToString("N"));

    public ParquetTestFiles() => Directory.CreateDirectory(Root);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    /// <summary>
    /// Rows one minute apart (so row groups cover disjoint times), with nulls, repeated and distinct
    /// strings, and RemotePort stored as text that is not a number in every 97th row (a rejection once
    /// read as the table's int).
    /// </summary>
    public static readonly IReadOnlyList<ColumnSymbol> Columns =
    [
        new("Timestamp", KqlType.DateTime), new("DeviceName", KqlType.String), new("RemotePort", KqlType.String),
        new("RemoteUrl", KqlType.String), new("ReportId", KqlType.Long),
    ];

    public static IReadOnlyDictionary<string, KqlType> Stored => Columns.ToDictionary(c => c.Name, c => c.Type);

    public static object?[] Row(int i) =>
    [
        i % 50 == 7 ? null : Start.AddMinutes(i),
        $"device-{i % 13}",
        i % 97 == 5 ? $"port-{i}" : (i % 31 == 3 ? null : (443 + i % 3).ToString(CultureInfo.InvariantCulture)),
        i % 11 == 0 ? "" : i % 5 == 0 ? $"unique-{i}.example.com" : $"host{i % 7}.example.com",
        i % 17 == 0 ? null : (long)i * 1000,
    ];

    public string Write(string name, int rows, int rowGroupRows) => WriteTable(Path.Combine(Root, name), Columns, rows, rowGroupRows, Row);

    /// <summary>Rows 0 to <paramref name="rows"/> - 1 of <paramref name="row"/> written by the converter's writer, in batches.</summary>
    public static string WriteTable(string path, IReadOnlyList<ColumnSymbol> columns, int rows, int rowGroupRows, Func<int, object?[]> row)
    {
        using var writer = new ParquetTableWriter(path, "DeviceNetworkEvents", columns, rowGroupRows);
        int step = Math.Min(1000, rowGroupRows); // the writer cuts a row group after the batch that fills it
        for (int start = 0; start < rows; start += step)
        {
            int count = Math.Min(step, rows - start);
            var batch = columns.Select((c, k) =>
            {
                var builder = ColumnBuilder.Create(c.Type, count);
                for (int i = start; i < start + count; i++) builder.Add(row(i)[k]);
                return (Column?)builder.Build();
            }).ToArray();
            writer.Write(new Batch(batch, count));
        }
        return path;
    }

    /// <summary>One string column DeviceName written by ParquetSharp directly, with the given dictionary and page settings.</summary>
    public string WriteStrings(string name, IReadOnlyList<string?> values, bool dictionary, long pageSize = 1 << 20, long dictionaryPageLimit = 1 << 20)
    {
        string path = Path.Combine(Root, name);
        using var builder = new WriterPropertiesBuilder().Compression(ParquetSharp.Compression.Snappy).DataPagesize(pageSize).DictionaryPagesizeLimit(dictionaryPageLimit);
        using var properties = (dictionary ? builder.EnableDictionary() : builder.DisableDictionary()).Build();
        using var file = new ParquetFileWriter(path, [new Column<string>("DeviceName", LogicalType.String())], properties);
        using (var group = file.AppendRowGroup())
        using (var writer = group.NextColumn().LogicalWriter<string>()) writer.WriteBatch(values.ToArray()!);
        file.Close();
        return path;
    }

    public static ParquetTableSource Source(string path, int workers, IReadOnlyDictionary<string, KqlType>? stored = null) =>
        new(path, "DeviceNetworkEvents", Table.Columns, stored ?? Stored, RmmHunt.Data.Inputs.InputLimits.Default, workers);

    public static ScanRequest Request(params string[] columns) => new(columns.Select(Table.IndexOf).ToHashSet(), null);

    public sealed record ScanResult(List<string> Rows, long Read, long Skipped, long Rejected, List<string> Rejections, long Bytes);

    public static ScanResult Scan(ParquetTableSource source, ScanRequest request, CancellationToken cancellation = default)
    {
        var statistics = new ScanStatistics(source.Location, "DeviceNetworkEvents");
        var ordinals = request.Columns.Order().ToArray();
        var rows = new List<string>();
        foreach (var batch in source.Scan(Table, request, statistics, cancellation))
        {
            for (int r = 0; r < batch.RowCount; r++) rows.Add(string.Join("|", ordinals.Select(o => Text(batch.Columns[o]!.GetValue(r)))));
        }
        return new ScanResult(rows, statistics.Read, statistics.Skipped, statistics.RejectedCount,
            statistics.Rejections.Select(r => r.ToString()).ToList(), statistics.Bytes);
    }

    public static string Text(object? value) => value switch
    {
        null => "<null>",
        DateTime t => ScalarFormat.DateTime(t),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
