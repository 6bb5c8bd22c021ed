namespace RmmHunt.Hunting.Reports.Model;

/// <summary>
/// A rule (or rule file) the run could not use, at the file position of the reason, with the reason
/// and the group it is counted under in the summary ("KQL031 unknown column 'AccountUpn'...").
/// </summary>
public sealed record SkippedRule(string Path, int Line, int Column, string? RuleId, string? RuleName, string Code, string Reason, string Group)
{
    public string Location => Line > 0 ? $"{Path}:{Line}:{Column}" : Path;

    public override string ToString() => $"{Location}: skipped{(RuleName is null ? "" : $" '{RuleName}'")}: {Code} {Reason}";
}

/// <summary>How many rules were skipped for one reason.</summary>
public sealed record SkipGroup(string Reason, int Count);
