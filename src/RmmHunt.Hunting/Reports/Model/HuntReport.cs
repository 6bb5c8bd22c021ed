using RmmHunt.Data.Inputs;
using RmmHunt.Hunting.Findings;
using RmmHunt.Hunting.Runner;

namespace RmmHunt.Hunting.Reports.Model;

/// <summary>
/// Everything a report shows about one hunt, computed once so every format (terminal, JSON, JSONL,
/// CSV, Markdown, SARIF, HTML) says the same: the findings, the summaries per tool and per device,
/// what exclusions and sanctioned tools suppressed, the rules that could not run and why, the inputs.
/// </summary>
public sealed record HuntReport
{
    public required DateTime Now { get; init; }
    public required IReadOnlyList<RuleOutcome> Rules { get; init; }

    /// <summary>Findings, most severe first, then by tool, device and first sighting.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    public required IReadOnlyList<ToolSummary> Tools { get; init; }
    public required IReadOnlyList<DeviceSummary> Devices { get; init; }
    public required IReadOnlyList<SuppressionSummary> Suppressions { get; init; }
    public required IReadOnlyList<SkippedRule> Skipped { get; init; }
    public required IReadOnlyList<SkipGroup> SkipGroups { get; init; }
    public required IReadOnlyList<InputFile> Inputs { get; init; }
    public required IReadOnlyList<string> Warnings { get; init; }

    public int RulesRun => Rules.Count(r => r.Status == RuleStatus.Ran);

    /// <summary>Events removed by any exclusion or sanction, each counted once per rule.</summary>
    public long SuppressedEvents => Rules.Sum(r => r.SuppressedEvents);

    /// <summary>The line every run ends with: <c>N rules run, M skipped; F findings on D devices</c>.</summary>
    public string SummaryLine =>
        $"{RulesRun} rules run, {Skipped.Count} skipped; {Findings.Count} findings on {Devices.Count} devices, {SuppressedEvents} events suppressed";
}
