namespace RmmHunt.Hunting.Findings;

/// <summary>
/// One result row of a rule, with the entities a SOC acts on pulled out into fixed fields so that
/// findings of different rules share one shape (CSV, JSONL, SARIF). <see cref="Details"/> keeps the
/// whole row. Entities come from the rule's entity mappings, else from well-known column names.
/// </summary>
public sealed record Finding
{
    public required string RuleId { get; init; }
    public required string RuleName { get; init; }
    /// <summary>The RMM tool the finding is about (the result's RmmTool column, else the rule's tool), if known.</summary>
    public string? Tool { get; init; }

    public IReadOnlyList<string> Tactics { get; init; } = [];
    public IReadOnlyList<string> Techniques { get; init; } = [];
    public string? Severity { get; init; }
    public string? Device { get; init; }
    public string? DeviceId { get; init; }
    public string? Account { get; init; }
    public string? RemoteUrl { get; init; }
    public string? RemoteIp { get; init; }
    public string? FileHash { get; init; }

    /// <summary>SHA256, SHA1 or MD5, when the rule's FileHash entity or the column name says.</summary>
    public string? FileHashAlgorithm { get; init; }
    public string? Process { get; init; }
    public DateTime? FirstSeen { get; init; }
    public DateTime? LastSeen { get; init; }
    public long? Count { get; init; }

    /// <summary>The row as column name → value (KQL value objects).</summary>
    public required IReadOnlyList<KeyValuePair<string, object?>> Details { get; init; }
}
