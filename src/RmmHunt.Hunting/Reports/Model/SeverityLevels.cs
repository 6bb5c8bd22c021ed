namespace RmmHunt.Hunting.Reports.Model;

/// <summary>Sentinel's severities in order, for sorting and colouring; a rule without one counts as Medium.</summary>
public static class SeverityLevels
{
    public static readonly string[] Ordered = ["High", "Medium", "Low", "Informational"];

    /// <summary>The severity of a finding whose rule gives none.</summary>
    public const string Default = "Medium";

    /// <summary>0 for High ... 3 for Informational; unknown or missing severities rank as Medium.</summary>
    public static int Rank(string? severity)
    {
        int index = Array.FindIndex(Ordered, s => string.Equals(s, severity, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : 1;
    }

    public static string Name(string? severity) => Ordered[Rank(severity)];

    public static string Highest(IEnumerable<string?> severities) => Ordered[severities.Select(Rank).DefaultIfEmpty(3).Min()];
}
