namespace RmmHunt.Bench.Fuzz;

/// <summary>The arguments of <c>fuzz</c>.</summary>
internal sealed record FuzzOptions(IReadOnlyList<string> Targets, int Cases, ulong Seed, TimeSpan Limit, bool HugeLines, string Findings)
{
    public static readonly string[] AllTargets = ["csv", "json", "stream", "parquet", "kql", "yaml"];

    public static FuzzOptions Parse(string[] args)
    {
        string target = "all";
        int cases = 2000;
        ulong seed = (ulong)DateTime.UtcNow.Ticks;
        double seconds = 60;
        bool huge = false;
        string findings = Path.Combine("bench", "fuzz-findings");
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--target": target = Value(); break;
                case "--cases": cases = int.Parse(Value()); break;
                case "--seed": seed = ulong.Parse(Value()); break;
                case "--timeout": seconds = double.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--huge-lines": huge = true; break;
                case "--findings": findings = Value(); break;
                default: throw new ArgumentException($"unknown argument {args[i]} (fuzz [--target csv|json|stream|parquet|kql|yaml|all] [--cases N] [--seed S] [--timeout SECONDS] [--huge-lines] [--findings DIR])");
            }
        }
        var targets = target == "all" ? AllTargets : target.Split(',');
        foreach (var t in targets)
        {
            if (!AllTargets.Contains(t)) throw new ArgumentException($"unknown target {t}; one of {string.Join(", ", AllTargets)}, all");
        }
        return new FuzzOptions(targets, cases, seed, TimeSpan.FromSeconds(seconds), huge, findings);
    }
}
