using System.Diagnostics;
using System.Globalization;
using RmmHunt.Data;
using RmmHunt.Data.Inputs;
using RmmHunt.Engine.Execution;
using RmmHunt.Hunting.Rules;
using RmmHunt.Hunting.Runner;
using RmmHunt.Kql;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// <c>pack-phases [--rows N] [--rules DIR] [--files A,B,C] [--rounds N]</c>: where the pack's time goes (load, compile,
/// plan, hunt per table), in one process; over the generated CSV tables, or over other files of them (Parquet written
/// by <c>convert</c>). Compiling and planning allocate what later collections pay for, so each phase shows its bytes.
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
        int rounds = int.Parse(Compare.Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        static double Megabytes() => GC.GetTotalAllocatedBytes(precise: true) / 1e6;
        for (int round = 0; round < rounds; round++)
        {
            double cpu0 = Cpu();
            var clock = Stopwatch.StartNew();
            var rules = RuleLoader.LoadDirectory(rulesDirectory).Rules;
            double load = clock.Elapsed.TotalSeconds;
            var inputs = InputCatalog.Open(files.Select(InputSpec.Parse), DataFormats.All, DataSchemas.BuiltIn);
            double megabytes = Megabytes();
            clock.Restart();
            var queries = rules.Select(rule => KqlCompilation.Compile(rule.QuerySource(), inputs).Query!).ToList();
            double compile = clock.Elapsed.TotalSeconds, compileMegabytes = Megabytes() - megabytes;
            megabytes = Megabytes();
            clock.Restart();
            var graph = new ExecutionGraph(new RunContext(data.Truth.Now), inputs);
            foreach (var query in queries) graph.Add(query);
            double plan = clock.Elapsed.TotalSeconds, planMegabytes = Megabytes() - megabytes;
            Console.WriteLine($"round {round}: load {rules.Count} rules {load:0.000} s, compile {compile:0.000} s ({compileMegabytes:0} MB), " +
                $"plan {plan:0.000} s ({planMegabytes:0} MB), cpu {Cpu() - cpu0:0.000} s");
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
