using System.Diagnostics;
using System.Globalization;
using RmmHunt.Data;
using RmmHunt.Data.Conversion;
using RmmHunt.Data.Inputs;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// <c>formats [--rows N] [--runs R] [--dir bench/data]</c>: the ServerEye rule over the generated CSV and
/// over the same rows converted to Parquet by <c>rmmhunt convert</c>'s converter, on RmmHunt and on
/// DuckDB (read_csv / read_parquet of the same files), each in its own process, medians of R runs,
/// every result checked against the generator's ground truth.
/// </summary>
internal static class Formats
{
    public static int Run(string[] args)
    {
        long rows = long.Parse(Compare.Option(args, "--rows") ?? "1000000", CultureInfo.InvariantCulture);
        int runs = int.Parse(Compare.Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        string dir = Compare.Option(args, "--dir") ?? Path.Combine("bench", "data");
        var (csv, truth) = Compare.EnsureData(dir, rows);
        string parquet = EnsureParquet(csv, Path.Combine(dir, $"parquet-{rows}"));
        long parquetBytes = Directory.EnumerateFiles(parquet, "*.parquet", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"# {rows:N0} rows; CSV {new FileInfo(csv).Length / 1e6:N0} MB, Parquet {parquetBytes / 1e6:N0} MB; 1 warm-up run and {runs} measured runs each; {Environment.ProcessorCount} cores");
        Console.WriteLine("| input | engine | median s | min s | median CPU s | first run s | peak MB | groups | check |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---|");
        bool ok = true;
        foreach (var (name, path) in new[] { ("CSV", csv), ("Parquet", parquet) })
        {
            foreach (var engine in new[] { "rmmhunt", "duckdb" })
            {
                _ = Worker.Spawn(engine, "servereye", path, truth.Now, 1); // page cache warm
                var report = Worker.Spawn(engine, "servereye", path, truth.Now, runs, warmup: 1);
                string check = Compare.CheckServerEye(truth, report.Rows);
                ok &= check == "ok";
                Console.WriteLine($"| {name} | {(engine == "rmmhunt" ? "RmmHunt" : "DuckDB")} | {Compare.Timings(report)} | {report.Rows.Count} | {check} |");
            }
        }
        return ok ? 0 : 1;
    }

    /// <summary>Converts the CSV once (the same converter as <c>rmmhunt convert</c>), timing it.</summary>
    private static string EnsureParquet(string csv, string output)
    {
        if (Directory.Exists(output)) return output;
        var clock = Stopwatch.StartNew();
        var inputs = InputCatalog.Open([new InputSpec("DeviceNetworkEvents", csv)], DataFormats.All, DataSchemas.BuiltIn);
        var converted = TableConverter.Convert(inputs.FindTable("DeviceNetworkEvents")!, inputs.SourcesOf("DeviceNetworkEvents"), inputs.ObserverFor,
            output, new ConvertOptions());
        Console.WriteLine($"# converted {converted.Rows:N0} rows to {converted.Path} in {clock.Elapsed.TotalSeconds:0.0} s ({converted.SortedRuns} sorted runs)");
        return output;
    }
}
