using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using RmmHunt.Fuzzing.Mutation;
using RmmHunt.Fuzzing.Queries;
using RmmHunt.Fuzzing.Readers;
using RmmHunt.Fuzzing.Seeds;

namespace RmmHunt.Bench.Fuzz;

/// <summary>
/// <c>fuzz [--target csv|json|stream|parquet|kql|yaml|all] [--cases N] [--seed S]</c>: the test suite's
/// fuzz properties (tests/RmmHunt.Fuzzing), run for as many cases as asked, reporting every distinct
/// failure instead of stopping at the first. Each failure's damaged input is saved under
/// <c>--findings</c> (default bench/fuzz-findings) with the case that made it. Exit status 1 when
/// anything failed.
/// </summary>
internal static class FuzzCommand
{
    /// <summary>Cases are drawn in slices, each from its own seed, so a run of any length never holds them all.</summary>
    private const int Slice = 500;

    public static int Run(string[] args)
    {
        var options = FuzzOptions.Parse(args);
        Console.WriteLine($"fuzz: targets {string.Join(", ", options.Targets)}, {options.Cases:N0} cases each, seed {options.Seed}");
        var mutator = options.HugeLines ? new MutatorOptions { MaxHugeLineBytes = 80 << 20 } : MutatorOptions.Default;
        int failed = 0;
        foreach (string target in options.Targets)
        {
            var tally = new FuzzTally(target);
            var clock = Stopwatch.StartNew();
            switch (target)
            {
                case "kql":
                    var corpus = RepositoryFiles.KqlCorpus();
                    foreach (var c in Cases(KqlCase.Generator, options))
                    {
                        var outcome = KqlCheck.Run(c, corpus, options.Limit);
                        if (outcome.Bound) tally.Bound++;
                        Record(tally, outcome.Passed, outcome.Violations, outcome.ToString(), options, System.Text.Encoding.UTF8.GetBytes(outcome.Query), ".kql");
                        Progress(tally, options, clock);
                    }
                    break;
                case "yaml":
                    var seeds = RepositoryFiles.YamlSeeds();
                    foreach (var c in Cases(YamlCase.Generator, options))
                    {
                        var outcome = YamlCheck.Run(c, seeds, mutator, options.Limit);
                        Record(tally, outcome.Passed, outcome.Violations, outcome.ToString(), options, System.Text.Encoding.UTF8.GetBytes(outcome.Text), ".yaml");
                        Progress(tally, options, clock);
                    }
                    break;
                default:
                    var readTarget = Enum.Parse<ReadTarget>(target, ignoreCase: true);
                    foreach (var c in Cases(ReadCase.Generator(readTarget), options))
                    {
                        var outcome = ReadCheck.Run(c, mutator, options.Limit);
                        tally.Read += outcome.Read;
                        tally.Rejected += outcome.Rejected;
                        if (outcome.InputError is not null) tally.InputErrors++;
                        Record(tally, outcome.Passed, outcome.Violations, outcome.ToString(), options, outcome.Bytes, SeedFiles.Get(c.Kind, c.Wide).Extension);
                        Progress(tally, options, clock);
                    }
                    break;
            }
            tally.Print(Console.Out, clock.Elapsed);
            failed += tally.Failed;
        }
        return failed > 0 ? 1 : 0;
    }

    private static IEnumerable<T> Cases<T>(Gen<T> generator, FuzzOptions options)
    {
        for (int done = 0, slice = 0; done < options.Cases; done += Slice, slice++)
        {
            var rnd = new Rnd(options.Seed + (ulong)slice * 0x9E3779B97F4A7C15UL);
            foreach (var c in generator.Sample(Math.Min(Slice, options.Cases - done), rnd, 50)) yield return c;
        }
    }

    private static void Record(FuzzTally tally, bool passed, IReadOnlyList<string> violations, string description, FuzzOptions options, byte[] input, string extension)
    {
        if (passed)
        {
            tally.Passed();
            return;
        }
        if (!tally.Failure(violations[0], description)) return;
        Directory.CreateDirectory(options.Findings);
        string name = Path.Combine(options.Findings, $"{tally.Target}-{options.Seed}-{tally.Cases}");
        File.WriteAllBytes(name + extension, input);
        File.WriteAllText(name + ".txt", description + "\n");
        Console.WriteLine($"  new failure, saved as {name}{extension}: {violations[0].Split('\n')[0]}");
    }

    private static void Progress(FuzzTally tally, FuzzOptions options, Stopwatch clock)
    {
        int step = Math.Max(1, options.Cases / 10);
        if (tally.Cases % step == 0) Console.WriteLine($"  {tally.Target}: {tally.Cases:N0}/{options.Cases:N0} after {clock.Elapsed.TotalSeconds:0} s, {tally.Failed:N0} failed");
    }
}
