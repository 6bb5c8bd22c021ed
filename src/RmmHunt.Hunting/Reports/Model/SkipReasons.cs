using RmmHunt.Hunting.Rules;
using RmmHunt.Hunting.Runner;

namespace RmmHunt.Hunting.Reports.Model;

/// <summary>
/// Why rules were skipped, one entry per rule or rule file, grouped for the summary by cause: a rule
/// file that is not a rule, invalid YAML, a duplicate id, a KQL error by code and message (the column
/// and table it names, without the suggestion), or a table without data.
/// </summary>
public static class SkipReasons
{
    public static List<SkippedRule> Of(IEnumerable<RuleLoadError> loadErrors, IEnumerable<RuleOutcome> outcomes)
    {
        // A file counts once: by its first error (or its not-a-rule warning).
        var files = loadErrors
            .Where(e => e.IsError || e.Code == HuntingCodes.RuleNotAHuntingQuery)
            .GroupBy(e => e.Path)
            .Select(g => g.OrderBy(e => e.IsError ? 0 : 1).ThenBy(e => e.Line).First())
            .Select(e => new SkippedRule(e.Path, e.Line, e.Column, null, null, e.Code, e.Message, LoadGroup(e)));
        var rules = outcomes.Where(o => o.Status != RuleStatus.Ran).Select(o =>
        {
            var problem = o.Problems.FirstOrDefault() ?? new RuleProblem(o.Rule.QueryLine, o.Rule.QueryColumn, "FAILED", o.Message ?? "failed");
            return new SkippedRule(o.Rule.SourcePath, problem.Line, problem.Column, o.Rule.Id, o.Rule.Name, problem.Code, problem.Message, RunGroup(problem));
        });
        return files.Concat(rules).ToList();
    }

    public static List<SkipGroup> Group(IEnumerable<SkippedRule> skipped) =>
        skipped.GroupBy(s => s.Group).Select(g => new SkipGroup(g.Key, g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Reason, StringComparer.Ordinal).ToList();

    private static string LoadGroup(RuleLoadError error) => error.Code switch
    {
        HuntingCodes.RuleNotAHuntingQuery => error.Message.StartsWith("a Sigma rule", StringComparison.Ordinal)
            ? "not a KQL hunting query: Sigma rule"
            : "not a hunting rule: no 'id' or 'query'",
        HuntingCodes.YamlSyntax => "YAML001 invalid YAML",
        HuntingCodes.YamlLimit => "YAML002 over the size limits",
        HuntingCodes.YamlAlias => "YAML003 YAML alias",
        HuntingCodes.YamlDuplicateKey => "YAML004 duplicate YAML key",
        HuntingCodes.YamlDocument => "YAML005 more than one YAML document",
        HuntingCodes.FileUnreadable => "YAML006 unreadable file",
        HuntingCodes.RuleDuplicateId => "RULE004 duplicate rule id",
        _ => $"{error.Code} {error.Message}",
    };

    private static string RunGroup(RuleProblem problem) => problem.Code == RuleProblem.NoData
        ? problem.Message
        : $"{problem.Code} {WithoutSuggestion(problem.Message)}";

    /// <summary>"unknown column 'X': T has no such column; did you mean 'Y'?" groups without the suggestion.</summary>
    private static string WithoutSuggestion(string message)
    {
        int suggestion = message.IndexOf("; did you mean", StringComparison.Ordinal);
        return suggestion >= 0 ? message[..suggestion] : message;
    }
}
