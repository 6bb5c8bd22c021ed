using System.Diagnostics;
using RmmHunt.Testing;

namespace RmmHunt.Cli.Tests;

/// <summary>What one run of the rmmhunt program printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the real rmmhunt program (built beside the tests) in the repository root, as a user would.</summary>
internal static class Rmmhunt
{
    public static CliResult Run(params string[] args) => RunWith(new Dictionary<string, string>(), args);

    /// <summary>Runs the program with extra environment variables (for example a different processor count).</summary>
    public static CliResult RunWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("rmmhunt did not finish within 2 minutes: " + string.Join(' ', args));
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts the program and returns at once, its output redirected (for tests that interrupt it).</summary>
    public static Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    private static Process Start(IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rmmhunt.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["RMMHUNT_CACHE_DIR"] = RuleCache;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    /// <summary>
    /// The rule cache of the runs: fresh for each test run, so a run neither writes to the user's cache nor depends
    /// on what an earlier build left there; shared by its runs, so most of them load the built-in pack from it.
    /// </summary>
    private static readonly string RuleCache = FreshRuleCache();

    private static string FreshRuleCache()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "rule-cache");
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        return path;
    }

    /// <summary>All three sample exports, as the README's hunt names them.</summary>
    public static string AllSamples => Path.Combine("samples", "*.csv");

    public static string SampleCsv => Path.Combine("samples", "DeviceNetworkEvents.csv");
    public static string SampleExclusions => Path.Combine("samples", "exclusions.yaml");

    /// <summary>A query that runs for minutes (10^10 joined pairs) in constant memory: for time limits and Ctrl-C.</summary>
    public const string EndlessQuery =
        "range x from 1 to 100000 step 1 | extend k = 1 | join kind=inner (range y from 1 to 100000 step 1 | extend k = 1) on k | count";

    /// <summary>The --now at which the sample's data falls inside the rule's 5-day window.</summary>
    public const string SampleNow = "2024-10-07T00:00:00Z";
}
