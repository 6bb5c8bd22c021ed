using System.Collections.Concurrent;
using System.IO.Compression;

namespace RmmHunt.Fuzzing.Seeds;

/// <summary>
/// The seed files, written once per process and kept in memory: each kind in a wide shape (every
/// column of DeviceNetworkEvents, few rows, realistic quoting and JSON) and a narrow one (a few
/// columns of every type, more rows, so edits land on structure more often).
/// </summary>
public static class SeedFiles
{
    public const int WideRows = 8;
    public const int NarrowRows = 40;

    private static readonly Lazy<GeneratedRows> Rows = new(() => GeneratedRows.Create(NarrowRows));
    private static readonly ConcurrentDictionary<(SeedKind, bool), Seed> Cache = new();

    public static Seed Get(SeedKind kind, bool wide) => Cache.GetOrAdd((kind, wide), key => Write(key.Item1, key.Item2));

    private static Seed Write(SeedKind kind, bool wide)
    {
        var all = Rows.Value;
        var rows = wide ? new GeneratedRows(all.Columns, all.Rows.Take(WideRows).ToList(), []) : all.Narrow();
        using var files = new TelemetryFiles(rows.Columns, rows.Rows);
        string path = kind switch
        {
            SeedKind.DefenderCsv or SeedKind.DefenderCsvGzip => files.DefenderCsv(),
            SeedKind.SentinelCsv => files.SentinelCsv(),
            SeedKind.AdvancedHuntingJson or SeedKind.AdvancedHuntingJsonGzip => files.AdvancedHuntingJson(),
            SeedKind.GraphJson => files.AdvancedHuntingJson(graph: true),
            SeedKind.LogAnalyticsJson => files.LogAnalyticsJson(),
            SeedKind.KustoV1Json => files.KustoV1Json(),
            SeedKind.KustoV2Json => files.KustoV2Json(),
            SeedKind.StreamingLines or SeedKind.StreamingLinesGzip => files.StreamingLines(),
            SeedKind.StreamingDocument => files.StreamingDocument(),
            SeedKind.StreamingMultiTable => files.StreamingLines(category: i => i % 3 == 0 ? "AdvancedHunting-DeviceProcessEvents" : "AdvancedHunting-DeviceNetworkEvents"),
            _ => files.Parquet(rowGroupRows: 16),
        };
        // The wide Defender CSV is the generator's own export, byte for byte, as the portal writes it.
        byte[] bytes = wide && kind == SeedKind.DefenderCsv ? all.DefenderCsv : File.ReadAllBytes(path);
        int count = wide && kind == SeedKind.DefenderCsv ? all.Rows.Count : rows.Rows.Count;
        string extension = Path.GetExtension(path);
        bool gzip = kind is SeedKind.DefenderCsvGzip or SeedKind.AdvancedHuntingJsonGzip or SeedKind.StreamingLinesGzip or SeedKind.ParquetGzip;
        return new Seed(kind, wide, gzip ? extension + ".gz" : extension, gzip ? Gzip(bytes) : bytes, gzip ? bytes : null, count)
        {
            Tables = kind == SeedKind.StreamingMultiTable ? 2 : 1,
        };
    }

    public static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(data);
        return output.ToArray();
    }
}
