using RmmHunt.Kql.Syntax;

namespace RmmHunt.Hunting.Exclusions;

/// <summary>
/// Known benign activity to remove from some rules' events before they aggregate: the filter as
/// written, and the KQL predicate it was translated into.
/// </summary>
public sealed class Exclusion
{
    /// <summary>Stands for every rule in <see cref="Rules"/>.</summary>
    public const string AllRules = "*";

    internal Exclusion(Expr syntax) => Syntax = syntax;

    public required string Id { get; init; }
    public string Description { get; init; } = "";

    /// <summary>The ids of the rules it applies to, or <see cref="AllRules"/>.</summary>
    public required IReadOnlyList<string> Rules { get; init; }

    /// <summary>The RMM tools whose rules it applies to (names compare by letters and digits).</summary>
    public IReadOnlyList<string> Tools { get; init; } = [];

    public ExclusionForm Form { get; init; } = ExclusionForm.Filter;

    /// <summary>Who answers for the exclusion (a team or a person), for the reviewer of a report.</summary>
    public string? Owner { get; init; }

    /// <summary>Why the activity is benign.</summary>
    public string? Reason { get; init; }

    /// <summary>The first instant it no longer applies (see <see cref="ExclusionExpiry"/>), or null when it does not expire.</summary>
    public DateTime? Expires { get; init; }

    /// <summary>The expiry as written in the file.</summary>
    public string? ExpiresText { get; init; }

    /// <summary>The filter (or KQL predicate, or policy's device match) as written in the file.</summary>
    public required string Filter { get; init; }

    /// <summary>The filter as a KQL predicate over Defender columns.</summary>
    public required string Kql { get; init; }

    /// <summary>The columns <see cref="Kql"/> reads; the exclusion applies only to tables that have them all.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    public required string SourcePath { get; init; }

    /// <summary>The 1-based line and column of the filter's first character in the file.</summary>
    public int Line { get; init; }
    public int Column { get; init; }

    /// <summary>Where each entry of <see cref="Rules"/> is written, for messages about it.</summary>
    internal IReadOnlyList<(int Line, int Column, string? SourceLine)> RulePositions { get; init; } = [];

    /// <summary>The file line holding the filter, for messages with a caret.</summary>
    internal string? SourceLine { get; init; }

    /// <summary><see cref="Kql"/> parsed once, bound per table schema.</summary>
    internal Expr Syntax { get; }

    public bool AppliesTo(string ruleId) => AppliesTo(new RuleScope(ruleId, null));

    /// <summary>Whether the rule is in scope: its id (or <c>*</c>) is listed, or the tool it hunts for is.</summary>
    public bool AppliesTo(RuleScope rule) =>
        Rules.Any(r => r == AllRules || string.Equals(r, rule.Id, StringComparison.OrdinalIgnoreCase))
        || Tools.Any(t => RmmHunt.Hunting.Rules.RuleTool.Same(t, rule.Tool));

    public bool IsExpired(DateTime now) => Expires is { } expires && now >= expires;

    /// <summary>The scope in words, for reports: "rules 8f8a…, tools AnyDesk".</summary>
    public string Scope => string.Join("; ", new[]
    {
        Rules.Count == 0 ? null : Rules.Contains(AllRules) ? "all rules" : "rules " + string.Join(", ", Rules),
        Tools.Count == 0 ? null : "tools " + string.Join(", ", Tools),
    }.OfType<string>());

    public override string ToString() => $"{Id}: {Filter}";
}
