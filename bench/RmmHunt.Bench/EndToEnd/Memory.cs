using System.Globalization;
using RmmHunt.Generator;
using RmmHunt.Generator.Truth;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// <c>memory [--rows 1000000,4000000] [--dir bench/data]</c>: the ServerEye rule over generated exports
/// of each size, one fresh process per size, and its peak resident memory (VmHWM). Scans stream, so
/// the peak must not grow with the input: the largest may exceed the smallest by less than 25%.
/// With the generator's default mix the rule's matches grow with the input (4× the rows, 4× the
/// ServerEye events), and make_set(ReportId) holds one entry per match: that state is the result's,
/// not the scan's. So the larger sizes are also generated "diluted" (ServerEye shares divided by the
/// size ratio: the same matches in more rows), which isolates what the input size alone costs.
/// </summary>
internal static class Memory
{
    public static int Run(string[] args)
    {
        var sizes = (Compare.Option(args, "--rows") ?? "1000000,4000000").Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        string dir = Compare.Option(args, "--dir") ?? Path.Combine("bench", "data");
        Console.WriteLine("| rows | CSV MB | matching events | seconds | peak MB | check |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---|");
        var peaks = new List<long>();
        bool ok = true;
        var runs = sizes.Select(r => (Rows: r, Diluted: false)).Concat(sizes.Skip(1).Select(r => (Rows: r, Diluted: true)));
        var diluted = new List<long>();
        foreach (var (rows, dilute) in runs)
        {
            var (csv, truth) = dilute ? EnsureDiluted(dir, rows, (double)rows / sizes[0]) : Compare.EnsureData(dir, rows);
            var report = Worker.Spawn("rmmhunt", "servereye", csv, truth.Now, 1);
            string check = Compare.CheckServerEye(truth, report.Rows);
            ok &= check == "ok";
            if (dilute) diluted.Add(report.PeakBytes);
            else peaks.Add(report.PeakBytes);
            Console.WriteLine($"| {rows:N0}{(dilute ? " diluted" : "")} | {new FileInfo(csv).Length / 1e6:N0} | {truth.MatchingEvents:N0} | {report.Seconds[0]:0.00} | {report.PeakBytes / 1e6:N0} | {check} |");
        }
        double growth = (double)peaks.Max() / peaks.Min() - 1;
        double inputOnly = diluted.Count == 0 ? growth : (double)diluted.Max() / peaks[0] - 1;
        Console.WriteLine($"peak memory: {growth:P0} more for the largest input with matches growing alike; {inputOnly:P0} more with the same matches (limit 25%)");
        return ok && inputOnly < 0.25 ? 0 : 1;
    }

    /// <summary>An export of <paramref name="rows"/> rows with the ServerEye families' shares divided by <paramref name="factor"/>.</summary>
    private static (string Csv, GroundTruth Truth) EnsureDiluted(string dir, long rows, double factor)
    {
        string csv = Path.Combine(dir, $"DeviceNetworkEvents-{rows}-diluted.csv");
        string truthPath = GroundTruthJson.PathBeside(csv);
        if (!File.Exists(csv) || !File.Exists(truthPath))
        {
            Console.Error.WriteLine($"generating {csv} ...");
            var mix = RowMix.Default with
            {
                ServerEyeAgent = RowMix.Default.ServerEyeAgent / factor,
                ServerEyeBenign = RowMix.Default.ServerEyeBenign / factor,
                ExclusionNearMisses = RowMix.Default.ExclusionNearMisses / factor,
                LookAlikes = RowMix.Default.LookAlikes / factor,
            };
            DeviceNetworkEventsGenerator.WriteFiles(csv, new GeneratorOptions { Rows = rows, Seed = 42, Devices = 500, Mix = mix });
        }
        return (csv, GroundTruthJson.Load(truthPath));
    }
}
