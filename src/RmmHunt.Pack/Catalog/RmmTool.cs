namespace RmmHunt.Pack.Catalog;

/// <summary>
/// One remote-management tool as the catalogue knows it: its names, where its entries are in the
/// public catalogues, and the indicators the pack hunts on, each with its sources.
/// </summary>
public sealed record RmmTool
{
    /// <summary>A stable lower-case slug (file names, rule ids).</summary>
    public required string Id { get; init; }

    /// <summary>The name rules and reports show (the RemoteManagementMonitoringTools folder name where there is one).</summary>
    public required string Name { get; init; }

    /// <summary>Every other name the sources use for the tool (policy files may use any of them).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>LOLRMM's category (RMM or RAT); RMM for tools only RemoteManagementMonitoringTools lists.</summary>
    public string Category { get; init; } = "RMM";

    public string? Website { get; init; }

    /// <summary>The catalogue entries merged into this tool (<c>jischell:RMM/AnyDesk</c>, <c>lolrmm:yaml/anydesk.yaml</c>).</summary>
    public IReadOnlyList<string> Entries { get; init; } = [];

    /// <summary>LOLRMM's capability list (Remote Control, File Transfer...).</summary>
    public IReadOnlyList<string> Capabilities { get; init; } = [];

    /// <summary>Sources that show the tool installing a Windows service (empty when none do).</summary>
    public IReadOnlyList<string> ServiceInstallEvidence { get; init; } = [];

    public IReadOnlyList<Indicator> Domains { get; init; } = [];
    public IReadOnlyList<Indicator> ProcessNames { get; init; } = [];
    public IReadOnlyList<Indicator> OriginalFileNames { get; init; } = [];
    public IReadOnlyList<Indicator> Companies { get; init; } = [];
    public IReadOnlyList<Indicator> Products { get; init; } = [];
    public IReadOnlyList<Indicator> Signers { get; init; } = [];

    /// <summary>Values the sources give that are not hunted on, with the reason.</summary>
    public IReadOnlyList<RejectedIndicator> Rejected { get; init; } = [];

    /// <summary>Rules outside the pack that already cover a kind for this tool.</summary>
    public IReadOnlyList<ExistingRule> ExistingRules { get; init; } = [];

    public IReadOnlyList<Indicator> Field(string field) => field switch
    {
        IndicatorField.Domains => Domains,
        IndicatorField.ProcessNames => ProcessNames,
        IndicatorField.OriginalFileNames => OriginalFileNames,
        IndicatorField.Companies => Companies,
        IndicatorField.Products => Products,
        IndicatorField.Signers => Signers,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "unknown indicator field"),
    };

    /// <summary>Whether the tool has anything at all to hunt on.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasIndicators => IndicatorField.All.Any(f => Field(f).Count > 0);

    public override string ToString() => $"{Id} ({Name})";
}
