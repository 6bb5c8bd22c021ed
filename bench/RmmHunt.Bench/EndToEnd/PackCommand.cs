using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// <c>pack-command --rmmhunt PATH [--rows N] [--rounds K] [--format csv|parquet] [--report json|table] [--first-hunt]</c>: the
/// pack against the ServerEye rule alone as a hunter runs them, the published command
/// (<c>rmmhunt hunt</c>, README) in a fresh process per run: starting, loading the rules, compiling, scanning,
/// writing the report. <c>pack</c> measures warm runs inside one process, where none of that start-up is
/// paid; a hunt is one command. The two cases take turns, K rounds, after one unmeasured run of each, which
/// warms the page cache and the command's cache folder: parsed rules, and the rules' scan sketches, by which a
/// hunt compiles only the rules the scans give rows (a hunter's second and later hunts; set
/// <c>RMMHUNT_CACHE_DIR=off</c> to measure without them). With <c>--first-hunt</c> every hunt starts from an empty
/// cache folder of its own, as a hunter's first hunt does (parsing every rule file, compiling every rule). The seed's findings are checked against the generator's
/// ground truth; the pack must run every rule (none skipped).
/// </summary>
internal static partial class PackCommand
{
    public static int Run(string[] args)
    {
        string rmmhunt = Compare.Option(args, "--rmmhunt") ?? throw new ArgumentException("--rmmhunt PATH: the published command (README)");
        long rows = long.Parse(Compare.Option(args, "--rows") ?? "1000000", CultureInfo.InvariantCulture);
        int rounds = int.Parse(Compare.Option(args, "--rounds") ?? "7", CultureInfo.InvariantCulture);
        string format = Compare.Option(args, "--format") ?? "csv";
        string report = Compare.Option(args, "--report") ?? "json";
        bool firstHunt = args.Contains("--first-hunt");
        var data = PackData.Ensure(Compare.Option(args, "--dir") ?? Path.Combine("bench", "data"), rows);
        var files = data.FilesAs(format);
        var cases = new (string Name, string[] Rules)[] { ("ServerEye rule alone (--rules rules/seed)", ["--rules", Path.Combine("rules", "seed")]), ("whole pack (562 rules)", []) };
        string cache = firstHunt ? "empty at every hunt" : Environment.GetEnvironmentVariable("RMMHUNT_CACHE_DIR") is { Length: > 0 } set ? set : "default";
        Console.WriteLine($"# {rmmhunt}: {rows:N0} rows per table, 3 tables, {format}, report {report}; {rounds} rounds, a fresh process per run; " +
            $"{Environment.ProcessorCount} cores; rule cache {cache}");
        foreach (var (_, rules) in cases) Hunt(rmmhunt, rules, files, data, report, firstHunt); // warms the page cache and the cache folder
        var seconds = cases.Select(_ => new List<double>()).ToArray();
        var cpu = cases.Select(_ => new List<double>()).ToArray();
        var findings = new string[cases.Length];
        for (int round = 0; round < rounds; round++)
        {
            for (int c = 0; c < cases.Length; c++)
            {
                double cpuBefore = ChildProcessorTime.Seconds();
                var (wall, summary) = Hunt(rmmhunt, cases[c].Rules, files, data, report, firstHunt);
                cpu[c].Add(ChildProcessorTime.Seconds() - cpuBefore);
                seconds[c].Add(wall);
                findings[c] = summary;
            }
        }
        var ratios = seconds[1].Zip(seconds[0], (pack, seed) => pack / seed).ToArray();
        Console.WriteLine("| case | median s | min s | max s | median CPU s | run summary |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        for (int c = 0; c < cases.Length; c++)
            Console.WriteLine($"| {cases[c].Name} | {Compare.Median([.. seconds[c]]):0.000} | {seconds[c].Min():0.000} | {seconds[c].Max():0.000} | {Compare.Median([.. cpu[c]]):0.000} | {findings[c]} |");
        double ratio = Compare.Median(ratios);
        Console.WriteLine($"pack / seed: median of the rounds' ratios {ratio:0.00}× ({string.Join(", ", ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture) + "×"))}); budget {PackBench.Budget}×");
        // The work each hunt does, less sensitive than wall time to the host's other load (the budget is on wall time).
        Console.WriteLine($"pack / seed in CPU time: median of the rounds' ratios {Compare.Median([.. cpu[1].Zip(cpu[0], (pack, seed) => pack / seed)]):0.00}×");
        int expected = data.Truth.GroupsWithoutExclusions.Count;
        bool seedOk = findings[0].Contains($"; {expected} findings", StringComparison.Ordinal);
        bool packOk = findings[1].Contains(" 0 skipped", StringComparison.Ordinal);
        if (!seedOk) Console.WriteLine($"check failed: the seed should find the generator's {expected} groups");
        if (!packOk) Console.WriteLine("check failed: the pack skipped rules");
        return seedOk && packOk && ratio <= PackBench.Budget ? 0 : 1;
    }

    /// <summary>One command, timed from start to exit; its summary line ("N rules run, ...").</summary>
    private static (double Seconds, string Summary) Hunt(string rmmhunt, string[] rules, IReadOnlyList<string> files, PackData data, string report, bool firstHunt)
    {
        var start = new ProcessStartInfo(rmmhunt) { RedirectStandardOutput = true, RedirectStandardError = true };
        string? emptyCache = firstHunt ? Path.Combine(Path.GetTempPath(), "rmmhunt-first-hunt-" + Guid.NewGuid().ToString("N")) : null;
        if (emptyCache is not null) start.Environment["RMMHUNT_CACHE_DIR"] = emptyCache;
        foreach (var arg in new[] { "hunt" }.Concat(rules).Concat(files.SelectMany(f => new[] { "--data", f }))
                     .Concat(["--now", data.Truth.Now.ToString("O"), "--format", report, "-o", Path.Combine(Path.GetTempPath(), "rmmhunt-pack-command." + report)]))
            start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        double seconds = clock.Elapsed.TotalSeconds;
        _ = output.Result;
        if (emptyCache is not null && Directory.Exists(emptyCache)) Directory.Delete(emptyCache, recursive: true);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{rmmhunt} hunt exited with {process.ExitCode}:\n{errors}");
        return (seconds, SummaryLine().Match(errors) is { Success: true } m ? m.Value : "(no summary line)");
    }

    [GeneratedRegex(@"\d+ rules run.*")]
    private static partial Regex SummaryLine();
}
