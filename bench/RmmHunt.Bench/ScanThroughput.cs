using System.Diagnostics;
using RmmHunt.Data.Csv;
using RmmHunt.Data.Schemas;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Bench;

/// <summary>
/// End-to-end CSV scan throughput on a generated DeviceNetworkEvents export (page cache warm): the
/// ServerEye hunt's prefilter, a full parse of two string columns, and all columns. Wall-clock numbers
/// for the README; BenchmarkDotNet covers the stages in <see cref="CsvStageBenchmarks"/>.
/// </summary>
public static class ScanThroughput
{
    public static void Run(string[] args)
    {
        int rows = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
        string path = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "rmmhunt-bench", $"DeviceNetworkEvents-{rows}.csv");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var watch = Stopwatch.StartNew();
            SyntheticNetworkEvents.Write(path, rows);
            Console.WriteLine($"generated {path} in {watch.Elapsed.TotalSeconds:F1} s");
        }
        long bytes = new FileInfo(path).Length;
        Console.WriteLine($"{path}: {rows:N0} rows, {bytes / 1e6:F0} MB, {Environment.ProcessorCount} cores");
        var table = BuiltInSchemas.Instance.FindTable("DeviceNetworkEvents")!;
        var options = args.Length > 2 ? new CsvReadOptions { BlockSize = int.Parse(args[2]) << 10 } : CsvReadOptions.Default;
        var source = new DefenderCsvSource(path, table, options);
        var hunt = new ScanRequest(
            Ordinals(table, "Timestamp", "DeviceId", "DeviceName", "RemoteUrl", "ReportId", "InitiatingProcessVersionInfoCompanyName", "InitiatingProcessVersionInfoProductName"),
            ServerEyeNeedles);
        var twoStrings = new ScanRequest(Ordinals(table, "DeviceName", "RemoteUrl"), null);
        File.ReadAllBytes(path); // warm the page cache
        for (int round = 0; round < 3; round++)
        {
            Measure("prefiltered (ServerEye needles)", source, table, hunt, bytes);
            Measure("full: 2 string columns", source, table, twoStrings, bytes);
            Measure("full: all columns", source, table, ScanRequest.All(table), bytes);
        }
    }

    /// <summary>The needles the planner derives from the ServerEye network rule's <c>has</c> terms.</summary>
    public static readonly RowPrefilter ServerEyeNeedles = new(
    [
        new NeedleConjunction([new NeedleClause(["server-eye.de"]), new NeedleClause(["Krämer IT Solutions GmbH"]), new NeedleClause(["ServerEye", "Server-Eye"])]),
    ]);

    public static HashSet<int> Ordinals(TableSchema table, params string[] names) => names.Select(table.IndexOf).ToHashSet();

    private static void Measure(string name, DefenderCsvSource source, TableSchema table, ScanRequest request, long bytes)
    {
        GC.Collect();
        var stats = new ScanStatistics(source.Location, table.Name);
        var pause = GC.GetTotalPauseDuration();
        int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        long delivered = 0;
        foreach (var batch in source.Scan(table, request, stats, CancellationToken.None)) delivered += batch.RowCount;
        double seconds = watch.Elapsed.TotalSeconds;
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        string gc = $"gc {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(2) - gen2} pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms";
        long rows = stats.Read + stats.Skipped + stats.RejectedCount;
        Console.WriteLine($"{name,-34} {seconds * 1000,7:F0} ms  {rows / seconds / 1e6,6:F2} M rows/s  {bytes / seconds / 1e6,7:F0} MB/s  " +
                          $"cpu {cpuSeconds * 1000,6:F0} ms  {gc}  read {stats.Read:N0}, skipped {stats.Skipped:N0}, rejected {stats.RejectedCount:N0}");
    }
}
