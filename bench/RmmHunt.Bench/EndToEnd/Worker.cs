using System.Diagnostics;
using System.Text.Json;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// One engine in its own process, so each is measured alone: its wall times over several runs and its
/// peak resident memory, printed as JSON for the comparison to read.
/// </summary>
internal static class Worker
{
    /// <param name="CpuSeconds">Processor time of each run (all threads): what the run cost, less sensitive than wall time to other load.</param>
    public sealed record Report(double[] Seconds, double[] CpuSeconds, long PeakBytes, List<string> Rows);

    public static void Execute(string[] args)
    {
        string engine = args[0], queryName = args[1], csv = args[2];
        var now = DateTime.Parse(args[3], null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        int runs = int.Parse(args[4]);
        var query = Compare.Query(queryName);
        var times = new List<double>();
        var cpu = new List<double>();
        List<string> rows = [];
        using var self = Process.GetCurrentProcess();
        for (int i = 0; i < runs; i++)
        {
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            rows = engine == "rmmhunt" ? Engines.RmmHunt(query, csv, now) : Engines.DuckDb(query, csv, now);
            times.Add(clock.Elapsed.TotalSeconds);
            self.Refresh();
            cpu.Add((self.TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        Console.WriteLine(JsonSerializer.Serialize(new Report(times.ToArray(), cpu.ToArray(), ProcessMemory.PeakResidentBytes(), rows)));
    }

    public static Report Spawn(string engine, string query, string csv, DateTime now, int runs)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        foreach (var arg in new[] { typeof(Worker).Assembly.Location, "worker", engine, query, csv, now.ToString("O"), runs.ToString() })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{engine} worker failed ({process.ExitCode})");
        return JsonSerializer.Deserialize<Report>(output.Trim().Split('\n')[^1])!;
    }
}
