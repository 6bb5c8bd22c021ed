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

    /// <summary>The filter as written in the file.</summary>
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

    public bool AppliesTo(string ruleId) =>
        Rules.Any(r => r == AllRules || string.Equals(r, ruleId, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => $"{Id}: {Filter}";
}
