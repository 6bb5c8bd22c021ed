using System.CommandLine;
using RmmHunt.Hunting;
using RmmHunt.Hunting.Rules;

namespace RmmHunt.Cli.Commands;

/// <summary>Loads rules from the paths a command was given (the built-in pack when none), printing load problems.</summary>
internal static class RuleSource
{
    public static (List<HuntingRule> Rules, List<RuleLoadError> Errors) Load(IReadOnlyList<string> paths, TextWriter problems)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path)) throw new UsageException($"{path}: no such rule file or folder");
        }
        var loaded = paths.Count > 0
            ? paths.Select(p => RuleLoader.Load(p, new RuleLoadOptions { CacheDirectory = RuleCacheLocation.Directory })).ToList()
            : [RuleLoader.Load(BuiltInRules.Directory, BuiltInRules.LoadOptions with { CacheDirectory = RuleCacheLocation.Directory })];
        var errors = loaded.SelectMany(l => l.Errors).ToList();
        // A file that is not a rule at all (Sigma, a tool catalogue entry) needs no caret: one line says it.
        foreach (var error in errors) problems.Write(error.Code == HuntingCodes.RuleNotAHuntingQuery ? error + "\n" : error.Format());
        return (loaded.SelectMany(l => l.Rules).ToList(), errors);
    }

    public static Option<string[]> Option() => new("--rules", "-r")
    {
        Description = $"Rule files or directories (Sentinel hunting-query YAML). Default: the built-in pack. Parsed rules are cached between runs (${RuleCacheLocation.Variable}: the folder, or off).",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "PATH",
    };
}
