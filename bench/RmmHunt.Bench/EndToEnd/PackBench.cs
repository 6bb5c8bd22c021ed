using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using RmmHunt.Hunting.Runner;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// <c>pack [--rows N] [--runs R] [--rounds K] [--rules DIR] [--dir bench/data] [--format csv|parquet]</c>: the whole RMM pack against the
/// ServerEye seed rule alone, over the same generated telemetry (N rows in each of DeviceNetworkEvents,
/// DeviceProcessEvents and DeviceFileCertificateInfo; Defender CSV exports, or the same tables converted to Parquet),
/// each case in its own process, R runs per process, K rounds.
/// The seed runs twice: picked from the whole rules folder (each run loads all the rules, as the pack does;
/// the ratio the budget applies to) and loaded from its own folder (the seed as a user runs it alone).
/// Every run after the first finds the rules' scan sketches the first kept (as a hunter's second hunt finds them in
/// the command's cache folder), so a rule is compiled only when the scans give it rows.
/// Every table is read once for all rules, so the pack should cost little more than reading its tables;
/// another case reads the same three tables with one needle each, the floor no set of rules can beat.
/// The benchmark fails when the pack takes more than twice the seed rule's time, or when an answer is
/// wrong (the seed's rows against the generator's ground truth, in every seed case; each generated tool found
/// by the pack's process and signature rules on the devices it runs on).
/// </summary>
internal static class PackBench
{
    public const double Budget = 2.0;

    public static int Run(string[] args)
    {
        long rows = long.Parse(Compare.Option(args, "--rows") ?? "1000000", CultureInfo.InvariantCulture);
        int runs = int.Parse(Compare.Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        int rounds = int.Parse(Compare.Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        string rules = Compare.Option(args, "--rules") ?? Path.Combine("rules");
        var data = PackData.Ensure(Compare.Option(args, "--dir") ?? Path.Combine("bench", "data"), rows);
        string format = Compare.Option(args, "--format") ?? "csv";
        var files = data.FilesAs(format);
        long bytes = files.Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"# {rows:N0} rows per table, 3 tables, {format}, {bytes / 1e6:N0} MB; {rounds} rounds of {runs} runs per case; {Environment.ProcessorCount} cores; {Environment.OSVersion}");
        _ = Spawn("servereye", data, files, rules, 0); // warms the page cache
        // The cases take turns, round after round, so that a busy minute on a shared host weighs on all of
        // them alike; a ratio is the median of the rounds' ratios.
        var measured = Enumerable.Range(0, rounds)
            .Select(_ => new Round(Spawn("servereye", data, files, rules, runs), Spawn("servereye-alone", data, files, rules, runs),
                Spawn("floor", data, files, rules, runs), Spawn("pack", data, files, rules, runs)))
            .ToList();
        var (seed, alone, floor, pack) = (Merge(measured, r => r.Seed), Merge(measured, r => r.Alone), Merge(measured, r => r.Floor), Merge(measured, r => r.Pack));
        string seedCheck = measured.SelectMany(m => new[] { CheckSeed(m.Seed, data), CheckSeed(m.Alone, data) }).FirstOrDefault(c => c != "ok") ?? "ok";
        string packCheck = measured.Select(m => CheckPack(m.Pack, m.Seed, data)).FirstOrDefault(c => c != "ok") ?? "ok";
        Console.WriteLine("| case | rules | median s | min s | median CPU s | peak MB | finding rows | check |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        Print("ServerEye seed rule alone (reads DeviceNetworkEvents; loads the whole rules folder)", seed, seedCheck);
        Print("ServerEye seed rule loaded from its own folder", alone, seedCheck);
        Print("reading all three tables (one needle each)", floor, "");
        Print("whole pack (reads all three tables once)", pack, packCheck);
        double ratio = PrintRatio("pack / reading the tables", measured, r => r.Floor, _ => "");
        ratio = PrintRatio("pack / seed", measured, r => r.Seed, ratio => ratio <= Budget ? "ok" : $"over the {Budget}× budget");
        PrintRatio("pack / seed loaded from its own folder", measured, r => r.Alone, _ => "");
        Console.WriteLine($"pack / seed per round: {string.Join(", ", measured.Select(m => (Compare.Median(m.Pack.Seconds) / Compare.Median(m.Seed.Seconds)).ToString("0.00", CultureInfo.InvariantCulture) + "×"))}");
        return seedCheck == "ok" && packCheck == "ok" && ratio <= Budget ? 0 : 1;
    }

    private sealed record Round(Report Seed, Report Alone, Report Floor, Report Pack);

    /// <summary>Prints the pack against a baseline (wall: median of the rounds' ratios; best and CPU over all runs) and returns the wall ratio.</summary>
    private static double PrintRatio(string name, List<Round> rounds, Func<Round, Report> baseline, Func<double, string> check)
    {
        double ratio = Compare.Median(rounds.Select(r => Compare.Median(r.Pack.Seconds) / Compare.Median(baseline(r).Seconds)).ToArray());
        var (pack, other) = (Merge(rounds, r => r.Pack), Merge(rounds, baseline));
        Console.WriteLine($"| {name} | | {ratio:0.00}× | {pack.Seconds.Min() / other.Seconds.Min():0.00}× | {Compare.Median(pack.CpuSeconds) / Compare.Median(other.CpuSeconds):0.00}× | | | {check(ratio)} |");
        return ratio;
    }

    /// <summary>One case's runs from every round, as one report (rows and devices from the last round; every round is checked).</summary>
    private static Report Merge(List<Round> rounds, Func<Round, Report> which)
    {
        var all = rounds.Select(which).ToList();
        return all[^1] with
        {
            Seconds = all.SelectMany(r => r.Seconds).ToArray(),
            CpuSeconds = all.SelectMany(r => r.CpuSeconds).ToArray(),
            PeakBytes = all.Max(r => r.PeakBytes),
        };
    }

    /// <summary>Wall and CPU seconds per run (CPU shows the work done even when other jobs share the machine).</summary>
    public sealed record Report(double[] Seconds, double[] CpuSeconds, long PeakBytes, int Rules, Dictionary<string, List<string>> Rows, Dictionary<string, string[]> DevicesByRule);

    /// <summary><c>pack-worker CASE RULES NOW RUNS FILES...</c>: runs one case in this process and prints its report as JSON.</summary>
    public static void Worker(string[] args)
    {
        string which = args[0], rulesDirectory = args[1];
        var now = DateTime.Parse(args[2], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        int runs = int.Parse(args[3], CultureInfo.InvariantCulture);
        var files = args[4..];
        var times = new List<double>();
        var cpu = new List<double>();
        HuntResult? hunt = null;
        int count = 0;
        var process = Process.GetCurrentProcess();
        string sketches = Path.Combine(Path.GetTempPath(), "rmmhunt-bench-sketches-" + Guid.NewGuid().ToString("N"));
        // Run -1 warms up (just-in-time compilation) and keeps the rules' scan sketches, as a hunter's first hunt
        // does in the command's cache folder; it is not timed.
        for (int i = -1; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var rules = PackRun.Rules(which, rulesDirectory);
            hunt = PackRun.Hunt(rules, files, now, sketches);
            double seconds = clock.Elapsed.TotalSeconds;
            process.Refresh();
            if (i < 0) continue;
            times.Add(seconds);
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
            count = rules.Count;
        }
        if (Directory.Exists(sketches)) Directory.Delete(sketches, recursive: true); // none for the floor's counts
        var devices = hunt!.Rules.Where(r => r.Result is not null && r.Result.Schema.IndexOf("DeviceName") >= 0).ToDictionary(r => r.Rule.Id,
            r => r.Result!.Rows().Select(row => row[r.Result.Schema.IndexOf("DeviceName")] as string ?? "").Distinct().Order().ToArray());
        Console.WriteLine(JsonSerializer.Serialize(new Report(times.ToArray(), cpu.ToArray(), ProcessMemory.PeakResidentBytes(), count, PackRun.Rows(hunt), devices)));
    }

    private static Report Spawn(string which, PackData data, IReadOnlyList<string> files, string rules, int runs) =>
        WorkerProcess.Run<Report>(which, new[] { "pack-worker", which, rules, data.Truth.Now.ToString("O"), runs.ToString(CultureInfo.InvariantCulture) }.Concat(files));

    private static string CheckSeed(Report report, PackData data)
    {
        var expected = Groups.Rows(data.Truth.GroupsWithoutExclusions.Select(g => new object?[]
            { g.DeviceId, g.DeviceName, g.RemoteUrl, g.FirstSeen, g.LastSeen, g.ReportIds.Cast<object>().ToList(), g.Count }));
        return report.Rows.TryGetValue(PackRun.SeedRuleId, out var rows) && rows.SequenceEqual(expected) ? "ok" : "the seed rule differs from the ground truth";
    }

    /// <summary>The pack gives the seed rule's exact rows, and finds every generated tool where it runs.</summary>
    private static string CheckPack(Report pack, Report seed, PackData data)
    {
        if (!pack.Rows[PackRun.SeedRuleId].SequenceEqual(seed.Rows[PackRun.SeedRuleId])) return "the seed rule's rows differ inside the pack";
        var found = pack.DevicesByRule.Values.SelectMany(d => d).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = data.ProcessTruth.DevicesByTool.Concat(data.CertificateTruth.DevicesByTool)
            .SelectMany(t => t.Value.Select(d => $"{t.Key} on {d}")).Where(s => !found.Contains(s[(s.IndexOf(" on ", StringComparison.Ordinal) + 4)..])).ToList();
        return missing.Count == 0 ? "ok" : $"not found: {string.Join(", ", missing.Take(3))}";
    }

    private static void Print(string name, Report report, string check) =>
        Console.WriteLine($"| {name} | {report.Rules} | {Compare.Median(report.Seconds):0.000} | {report.Seconds.Min():0.000} | {Compare.Median(report.CpuSeconds):0.000} | {report.PeakBytes / 1e6:N0} | {report.Rows.Values.Sum(r => r.Count):N0} | {check} |");
}
