using ParquetSharp;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Tests.Parquet;

/// <summary>
/// Where a needle filter keeps some rows of a chunk, the columns it does not search are read at the kept
/// rows only: skipped row run by row run when few are kept, decoded page by page and picked when many are.
/// Either way each kept row gets exactly its own values, nulls included, across page boundaries, in
/// columns of every kind: dictionary-encoded and mostly distinct strings, datetimes, ints and longs.
/// </summary>
public sealed class KeptRowReadTests : IDisposable
{
    private const int Rows = 30_000;
    private static readonly string[] Read = ["Timestamp", "DeviceName", "RemotePort", "RemoteUrl", "InitiatingProcessCommandLine", "ReportId"];

    private readonly ParquetTestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static readonly Dictionary<string, KqlType> Stored = new()
    {
        ["Timestamp"] = KqlType.DateTime, ["DeviceName"] = KqlType.String, ["RemotePort"] = KqlType.Int,
        ["RemoteUrl"] = KqlType.String, ["InitiatingProcessCommandLine"] = KqlType.String, ["ReportId"] = KqlType.Long,
    };

    /// <param name="every">RemoteUrl holds the needle "rare" in the first <paramref name="run"/> rows of every so many:
    /// 1 kept in 3 (decoded and picked), or runs of 1 or 5 rows in 200 or 500 (read run by run, skipped around; runs cross pages).</param>
    [Theory]
    [InlineData(3, 1, 1)]
    [InlineData(3, 1, 3)]
    [InlineData(200, 1, 1)]
    [InlineData(200, 1, 2)]
    [InlineData(500, 5, 1)]
    [InlineData(500, 5, 2)]
    public void Kept_rows_get_their_own_values(int every, int run, int workers)
    {
        string path = Write(every, run);
        var all = ParquetTestFiles.Scan(ParquetTestFiles.Source(path, 1, Stored), ParquetTestFiles.Request(Read));
        var request = new ScanRequest(ParquetTestFiles.Request(Read).Columns,
            new RowPrefilter([new NeedleConjunction([NeedleClause.In("RemoteUrl", ["rare"])])]));

        var kept = ParquetTestFiles.Scan(ParquetTestFiles.Source(path, workers, Stored), request);

        // RemoteUrl is the fourth column read (ordinal order: Timestamp, DeviceName, RemotePort, RemoteUrl, ...).
        var expected = all.Rows.Where(r => r.Split('|')[3].Contains("rare")).ToList();
        Assert.Equal(Enumerable.Range(0, Rows).Count(i => i % every < run), expected.Count);
        Assert.Equal(expected, kept.Rows);
        Assert.Equal((long)Rows, kept.Read + kept.Skipped);
        // Nulls are among the kept rows, in every nullable column.
        Assert.Contains(expected, r => r.StartsWith("<null>|", StringComparison.Ordinal));
        Assert.Contains(expected, r => r.Split('|')[2] == "<null>");
        Assert.Contains(expected, r => r.EndsWith("|<null>", StringComparison.Ordinal));
    }

    /// <summary>Small pages (512 bytes), so that one chunk's kept rows span many read calls.</summary>
    private string Write(int every, int run)
    {
        string path = Path.Combine(_files.Root, $"kept-{every}-{run}.parquet");
        var start = ParquetTestFiles.Start;
        var time = Enumerable.Range(0, Rows).Select(i => i % 7 == 3 ? (DateTime?)null : start.AddSeconds(i)).ToArray();
        var device = Enumerable.Range(0, Rows).Select(i => i % 17 == 5 ? null : $"device-{i % 40}").ToArray();
        var port = Enumerable.Range(0, Rows).Select(i => i % 11 == 2 ? (int?)null : 1000 + i % 50).ToArray();
        var url = Enumerable.Range(0, Rows).Select(i => i % every < run ? $"rare{i % 5}.example" : $"host{i % 9}.example").ToArray();
        var command = Enumerable.Range(0, Rows).Select(i => i % 19 == 4 ? null : $"tool.exe --run {i}").ToArray();
        var report = Enumerable.Range(0, Rows).Select(i => i % 13 == 1 ? (long?)null : i * 10L).ToArray();
        using var properties = new WriterPropertiesBuilder().Compression(ParquetSharp.Compression.Snappy).EnableDictionary().DataPagesize(512).Build();
        using var file = new ParquetFileWriter(path,
        [
            new Column<DateTime?>("Timestamp", LogicalType.Timestamp(isAdjustedToUtc: true, TimeUnit.Micros)), new Column<string>("DeviceName", LogicalType.String()),
            new Column<int?>("RemotePort"), new Column<string>("RemoteUrl", LogicalType.String()),
            new Column<string>("InitiatingProcessCommandLine", LogicalType.String()), new Column<long?>("ReportId"),
        ], properties);
        foreach (int first in new[] { 0, Rows / 2 }) // two row groups
        {
            using var group = file.AppendRowGroup();
            int count = Rows / 2;
            using (var w = group.NextColumn().LogicalWriter<DateTime?>()) w.WriteBatch(time.AsSpan(first, count));
            using (var w = group.NextColumn().LogicalWriter<string>()) w.WriteBatch(device.AsSpan(first, count)!);
            using (var w = group.NextColumn().LogicalWriter<int?>()) w.WriteBatch(port.AsSpan(first, count));
            using (var w = group.NextColumn().LogicalWriter<string>()) w.WriteBatch(url.AsSpan(first, count));
            using (var w = group.NextColumn().LogicalWriter<string>()) w.WriteBatch(command.AsSpan(first, count)!);
            using (var w = group.NextColumn().LogicalWriter<long?>()) w.WriteBatch(report.AsSpan(first, count));
        }
        file.Close();
        return path;
    }
}
