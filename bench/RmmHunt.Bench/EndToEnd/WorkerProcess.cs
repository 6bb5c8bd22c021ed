using System.Diagnostics;
using System.Text.Json;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// Runs this benchmark program again as a worker (a fresh process, so each case is measured alone) and
/// reads the JSON report it prints last.
/// </summary>
internal static class WorkerProcess
{
    /// <param name="name">What the worker measures, named when it fails.</param>
    /// <param name="args">The worker's command (<c>worker</c>, <c>pack-worker</c>) and its arguments.</param>
    public static TReport Run<TReport>(string name, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        start.ArgumentList.Add(typeof(WorkerProcess).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{name} worker failed ({process.ExitCode})");
        return JsonSerializer.Deserialize<TReport>(output.Trim().Split('\n')[^1])!;
    }
}
