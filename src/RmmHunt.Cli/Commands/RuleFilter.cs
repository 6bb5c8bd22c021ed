using RmmHunt.Hunting.Rules;

namespace RmmHunt.Cli.Commands;

/// <summary>
/// The <c>rules list</c> filters. Each is case-insensitive; tool names compare by letters and digits
/// ("server-eye" finds ServerEye); a technique finds its sub-techniques too (T1219 finds T1219.002).
/// </summary>
internal sealed record RuleFilter(string? Tool, string? Tactic, string? Technique, string? Table)
{
    public bool Matches(HuntingRule rule) =>
        (Tool is null || RuleTool.Same(rule.Tool, Tool))
        && (Tactic is null || rule.Tactics.Any(t => string.Equals(t, Tactic, StringComparison.OrdinalIgnoreCase)))
        && (Technique is null || rule.RelevantTechniques.Any(t => string.Equals(t, Technique, StringComparison.OrdinalIgnoreCase)
                || t.StartsWith(Technique + ".", StringComparison.OrdinalIgnoreCase)))
        && (Table is null || rule.DataTypes.Any(t => string.Equals(t, Table, StringComparison.OrdinalIgnoreCase)));
}
