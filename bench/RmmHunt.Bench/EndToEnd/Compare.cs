using System.Globalization;
using RmmHunt.Generator;
using RmmHunt.Generator.Truth;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// <c>compare [--rows N] [--runs R] [--query servereye|count-by-device|all] [--dir bench/data]</c>:
/// generates the telemetry (once, deterministically), runs each query on RmmHunt and on DuckDB in
/// separate processes, checks every result (against the generator's ground truth where there is one,
/// and the two engines against each other), and prints medians and peak memory.
/// A wrong answer fails the benchmark, however fast it was.
/// </summary>
internal static class Compare
{
    public static BenchQuery Query(string name) => name switch
    {
        "servereye" => Queries.ServerEye,
        "count-by-device" => Queries.CountByDevice,
        _ => throw new ArgumentException($"unknown query {name}"),
    };

    public static int Run(string[] args)
    {
        long rows = long.Parse(Option(args, "--rows") ?? "1000000", CultureInfo.InvariantCulture);
        int runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        string dir = Option(args, "--dir") ?? Path.Combine("bench", "data");
        string which = Option(args, "--query") ?? "all";
        var (csv, truth) = EnsureData(dir, rows);
        var info = new FileInfo(csv);
        Console.WriteLine($"# {rows:N0} rows, {info.Length / 1e6:N0} MB ({csv}); 1 warm-up run and {runs} measured runs each, in one process per engine; {Environment.ProcessorCount} cores; {Environment.OSVersion}");
        Console.WriteLine("| query | engine | median s | min s | median CPU s | first run s | peak MB | result rows | check |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---|");
        bool ok = true;
        foreach (var name in which == "all" ? new[] { "servereye", "count-by-device" } : [which])
        {
            _ = Worker.Spawn("duckdb", name, csv, truth.Now, 1); // warm the page cache for both
            var ours = Worker.Spawn("rmmhunt", name, csv, truth.Now, runs, warmup: 1);
            var duck = Worker.Spawn("duckdb", name, csv, truth.Now, runs, warmup: 1);
            string check = Check(name, truth, ours.Rows, duck.Rows);
            ok &= check == "ok";
            Print(name, "RmmHunt", ours, check);
            Print(name, "DuckDB", duck, check);
            Console.WriteLine($"| {name} | speed-up | {Median(duck.Seconds) / Median(ours.Seconds):0.0}× | {duck.Seconds.Min() / ours.Seconds.Min():0.0}× | "
                + $"{Median(duck.CpuSeconds) / Median(ours.CpuSeconds):0.0}× | {duck.FirstSeconds / ours.FirstSeconds:0.0}× | | | |");
        }
        return ok ? 0 : 1;
    }

    /// <summary>One engine's ServerEye result against the generator's ground truth.</summary>
    public static string CheckServerEye(GroundTruth truth, List<string> rows)
    {
        var expected = Groups.Rows(truth.GroupsWithoutExclusions.Select(g => new object?[]
            { g.DeviceId, g.DeviceName, g.RemoteUrl, g.FirstSeen, g.LastSeen, g.ReportIds.Cast<object>().ToList(), g.Count }));
        return rows.SequenceEqual(expected) ? "ok" : "differs from the ground truth";
    }

    private static string Check(string query, GroundTruth truth, List<string> ours, List<string> duck)
    {
        if (query == "servereye")
        {
            if (CheckServerEye(truth, ours) != "ok") return "RmmHunt differs from the ground truth";
            if (CheckServerEye(truth, duck) != "ok") return "DuckDB differs from the ground truth";
            return "ok";
        }
        if (!ours.SequenceEqual(duck)) return "the engines differ";
        long total = ours.Sum(r => long.Parse(r.Split('|')[^1], CultureInfo.InvariantCulture));
        return total == truth.Rows ? "ok" : $"counted {total} rows, generated {truth.Rows}";
    }

    private static void Print(string query, string engine, Worker.Report report, string check) =>
        Console.WriteLine($"| {query} | {engine} | {Timings(report)} | {report.Rows.Count} | {check} |");

    /// <summary>The cells "median s | min s | median CPU s | first run s | peak MB" of one engine's runs.</summary>
    public static string Timings(Worker.Report report) =>
        $"{Median(report.Seconds):0.000} | {report.Seconds.Min():0.000} | {Median(report.CpuSeconds):0.000} | {report.FirstSeconds:0.000} | {report.PeakBytes / 1e6:N0}";

    public static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The generated export and its truth, made once per row count (same seed, same bytes).</summary>
    public static (string Csv, GroundTruth Truth) EnsureData(string dir, long rows)
    {
        Directory.CreateDirectory(dir);
        string csv = Path.Combine(dir, $"DeviceNetworkEvents-{rows}.csv");
        string truthPath = GroundTruthJson.PathBeside(csv);
        if (!File.Exists(csv) || !File.Exists(truthPath))
        {
            Console.Error.WriteLine($"generating {csv} ...");
            DeviceNetworkEventsGenerator.WriteFiles(csv, NetworkOptions(rows));
        }
        return (csv, GroundTruthJson.Load(truthPath));
    }

    /// <summary>The generator options of the benchmark exports.</summary>
    public static GeneratorOptions NetworkOptions(long rows) => new() { Rows = rows, Seed = 42, Devices = 500 };

    public static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
