using System.Text;
using RmmHunt.Fuzzing.Mutation;
using RmmHunt.Fuzzing.Readers;
using RmmHunt.Hunting.Exclusions;
using RmmHunt.Hunting.Rules;

namespace RmmHunt.Fuzzing.Queries;

/// <summary>What loading one mutated YAML file gave.</summary>
public sealed record YamlOutcome(YamlCase Case, string Text, IReadOnlyList<string> Violations)
{
    public bool Passed => Violations.Count == 0;

    public override string ToString() => $"{Case}\n  " + string.Join("\n  ", Violations);
}

/// <summary>
/// Loads a mutated rule or exclusions file with the loaders <c>hunt</c> uses. They promise never to
/// throw for a bad file but to report each problem with file, line and column; and to end.
/// </summary>
public static class YamlCheck
{
    public static YamlOutcome Run(YamlCase @case, IReadOnlyList<(string Name, string Text)> seeds, MutatorOptions? options = null, TimeSpan? limit = null)
    {
        var (name, seed) = seeds[(int)((uint)@case.Seed % (uint)seeds.Count)];
        string text = Encoding.UTF8.GetString(ByteMutator.Apply(Encoding.UTF8.GetBytes(seed), @case.Edits, options));
        var violations = new List<string>();
        bool finished = Deadline.Run(() =>
        {
            if (name == "exclusions.yaml")
            {
                var set = ExclusionSet.Parse(text, name);
                _ = set.Errors.Select(e => e.Format()).ToList();
            }
            else
            {
                var result = RuleLoader.Parse(text, name);
                _ = result.Errors.Select(e => e.Format()).ToList();
            }
        }, limit ?? ReadCheck.DefaultLimit, out var crash);
        if (!finished) violations.Add("hang: loading did not end in time");
        else if (crash is not null) violations.Add($"crash: {crash.GetType().Name}: {crash}");
        return new YamlOutcome(@case, text, violations);
    }
}
