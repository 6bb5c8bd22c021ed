using System.Diagnostics;
using System.Globalization;
using RmmHunt.Data;
using RmmHunt.Data.Inputs;
using RmmHunt.Hunting.Rules;
using RmmHunt.Hunting.Runner;
using RmmHunt.Kql;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// <c>pack-phases [--rows N] [--rules DIR] [--files A,B,C]</c>: where the pack's time goes (load, compile, hunt per
/// table), in one process; over the generated CSV tables, or over other files of them (Parquet written by <c>convert</c>).
/// </summary>
internal static class PackPhases
{
    public static int Run(string[] args)
    {
        long rows = long.Parse(Compare.Option(args, "--rows") ?? "1000000", CultureInfo.InvariantCulture);
        var data = PackData.Ensure(Compare.Option(args, "--dir") ?? Path.Combine("bench", "data"), rows);
        string rulesDirectory = Compare.Option(args, "--rules") ?? "rules";
        var files = Compare.Option(args, "--files")?.Split(',') ?? data.Files.ToArray();
        var process = Process.GetCurrentProcess();
        double Cpu() { process.Refresh(); return process.TotalProcessorTime.TotalSeconds; }
        for (int round = 0; round < 3; round++)
        {
            double cpu0 = Cpu();
            var clock = Stopwatch.StartNew();
            var rules = RuleLoader.LoadDirectory(rulesDirectory).Rules;
            double load = clock.Elapsed.TotalSeconds;
            var inputs = InputCatalog.Open(files.Select(InputSpec.Parse), DataFormats.All, DataSchemas.BuiltIn);
            clock.Restart();
            foreach (var rule in rules) KqlCompilation.Compile(rule.QuerySource(), inputs);
            double compile = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"round {round}: load {rules.Count} rules {load:0.000} s, compile {compile:0.000} s, cpu {Cpu() - cpu0:0.000} s");
            foreach (var file in files)
            {
                var single = InputCatalog.Open([InputSpec.Parse(file)], DataFormats.All, DataSchemas.BuiltIn);
                clock.Restart();
                double before = Cpu();
                var hunt = new HuntRunner(single, single).Run(rules, null, new HuntOptions(data.Truth.Now));
                var s = single.Files[0].Statistics;
                Console.WriteLine($"  {Path.GetFileName(file)}: hunt {clock.Elapsed.TotalSeconds:0.000} s, cpu {Cpu() - before:0.000} s (scan {s.Elapsed.TotalSeconds:0.000} s, {s.Read:N0} read, {s.Skipped:N0} skipped), {hunt.FindingRows} rows");
            }
        }
        return 0;
    }
}
