using System.Diagnostics;
using System.Text.Json;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// One engine in its own process, so each is measured alone: its wall times over several runs and its
/// peak resident memory, printed as JSON for the comparison to read.
/// </summary>
internal static class Worker
{
    /// <param name="Seconds">Wall time of each measured run (after the warm-up runs).</param>
    /// <param name="CpuSeconds">Processor time of each measured run (all threads): what the run cost, less sensitive than wall time to other load.</param>
    /// <param name="FirstSeconds">Wall time of the process's first run, warm-up or not: what one command-line hunt pays, JIT compilation included.</param>
    public sealed record Report(double[] Seconds, double[] CpuSeconds, double FirstSeconds, long PeakBytes, List<string> Rows);

    public static void Execute(string[] args)
    {
        string engine = args[0], queryName = args[1], csv = args[2];
        var now = DateTime.Parse(args[3], null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        int runs = int.Parse(args[4]);
        int warmup = args.Length > 5 ? int.Parse(args[5]) : 0;
        var query = Compare.Query(queryName);
        var times = new List<double>();
        var cpu = new List<double>();
        List<string> rows = [];
        double first = 0;
        using var self = Process.GetCurrentProcess();
        for (int i = 0; i < warmup + runs; i++)
        {
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            rows = engine == "rmmhunt" ? Engines.RmmHunt(query, csv, now) : Engines.DuckDb(query, csv, now);
            double seconds = clock.Elapsed.TotalSeconds;
            self.Refresh();
            if (i == 0) first = seconds;
            if (i < warmup) continue;
            times.Add(seconds);
            cpu.Add((self.TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        Console.WriteLine(JsonSerializer.Serialize(new Report(times.ToArray(), cpu.ToArray(), first, ProcessMemory.PeakResidentBytes(), rows)));
    }

    /// <param name="warmup">Runs before the measured ones, not measured: .NET compiles hot loops to their final code during the first runs (tiered JIT), DuckDB loads its extensions.</param>
    public static Report Spawn(string engine, string query, string csv, DateTime now, int runs, int warmup = 0) =>
        WorkerProcess.Run<Report>(engine, ["worker", engine, query, csv, now.ToString("O"), runs.ToString(), warmup.ToString()]);
}
