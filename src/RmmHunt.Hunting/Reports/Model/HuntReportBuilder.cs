using RmmHunt.Data.Inputs;
using RmmHunt.Hunting.Exclusions;
using RmmHunt.Hunting.Findings;
using RmmHunt.Hunting.Rules;
using RmmHunt.Hunting.Runner;

namespace RmmHunt.Hunting.Reports.Model;

/// <summary>Builds the <see cref="HuntReport"/> of a hunt: findings, summaries, suppressions and skipped rules.</summary>
public static class HuntReportBuilder
{
    public const string UnknownTool = "(no tool)";
    public const string UnknownDevice = "(no device)";

    public static HuntReport Build(HuntResult hunt, IReadOnlyList<RuleLoadError> loadErrors, ExclusionSet? exclusions, IReadOnlyList<InputFile> inputs)
    {
        var findings = hunt.Rules.Where(r => r.Result is not null)
            .SelectMany(r => FindingExtractor.From(r.Rule, r.Result!))
            .OrderBy(f => SeverityLevels.Rank(f.Severity))
            .ThenBy(f => f.Tool ?? "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Device ?? "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.FirstSeen)
            .ToList();
        var skipped = SkipReasons.Of(loadErrors, hunt.Rules);
        return new HuntReport
        {
            Now = hunt.Now,
            Rules = hunt.Rules,
            Findings = findings,
            Tools = Tools(findings, hunt.Rules),
            Devices = Devices(findings),
            Suppressions = Suppressions(exclusions, hunt),
            Skipped = skipped,
            SkipGroups = SkipReasons.Group(skipped),
            Inputs = inputs,
            Warnings = hunt.Warnings.Order(StringComparer.Ordinal).ToList(),
        };
    }

    private static List<ToolSummary> Tools(List<Finding> findings, IReadOnlyList<RuleOutcome> rules)
    {
        var suppressed = rules.Where(r => r.SuppressedEvents > 0).GroupBy(r => r.Rule.Tool ?? UnknownTool, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.SuppressedEvents), StringComparer.OrdinalIgnoreCase);
        var byTool = findings.GroupBy(f => f.Tool ?? UnknownTool, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        return byTool.Keys.Union(suppressed.Keys, StringComparer.OrdinalIgnoreCase).Select(tool =>
        {
            var of = byTool.GetValueOrDefault(tool) ?? [];
            return new ToolSummary(tool, of.Count, DistinctDevices(of), of.Select(f => f.RuleId).Distinct().Count(),
                SeverityLevels.Highest(of.Select(f => f.Severity)), of.Min(f => f.FirstSeen), of.Max(f => f.LastSeen), suppressed.GetValueOrDefault(tool));
        })
        .OrderBy(t => t.Findings == 0 ? 1 : 0).ThenBy(t => SeverityLevels.Rank(t.HighestSeverity)).ThenByDescending(t => t.Devices.Count)
        .ThenBy(t => t.Tool, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static List<DeviceSummary> Devices(List<Finding> findings) =>
        findings.GroupBy(f => f.Device ?? f.DeviceId ?? UnknownDevice, StringComparer.OrdinalIgnoreCase).Select(device =>
        {
            var activity = device.GroupBy(f => f.Tool ?? UnknownTool, StringComparer.OrdinalIgnoreCase)
                .Select(t => new DeviceActivity(t.Key, t.Min(f => f.FirstSeen), t.Max(f => f.LastSeen), t.Sum(f => f.Count ?? 1), SeverityLevels.Highest(t.Select(f => f.Severity))))
                .OrderBy(a => a.FirstSeen).ThenBy(a => a.Tool, StringComparer.OrdinalIgnoreCase).ToList();
            return new DeviceSummary(device.Key, device.Count(), activity.Select(a => a.Tool).ToList(), SeverityLevels.Highest(device.Select(f => f.Severity)),
                device.Min(f => f.FirstSeen), device.Max(f => f.LastSeen), activity);
        })
        .OrderBy(d => SeverityLevels.Rank(d.HighestSeverity)).ThenByDescending(d => d.Tools.Count).ThenBy(d => d.Device, StringComparer.OrdinalIgnoreCase).ToList();

    private static List<SuppressionSummary> Suppressions(ExclusionSet? exclusions, HuntResult hunt)
    {
        if (exclusions is null) return [];
        var counts = hunt.Rules.SelectMany(r => r.Suppressions).GroupBy(s => s.ExclusionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Events: g.Sum(s => s.Events), Rules: g.Count(s => s.Events > 0)), StringComparer.Ordinal);
        return exclusions.Exclusions.Select(e =>
        {
            var (events, rules) = counts.GetValueOrDefault(e.Id);
            return new SuppressionSummary(e.Id, e.Form == ExclusionForm.Sanctioned ? "sanctioned" : "exclusion", e.Description, e.Scope,
                e.Owner, e.Reason, e.ExpiresText, e.IsExpired(hunt.Now), events, rules, $"{e.SourcePath}:{e.Line}");
        }).ToList();
    }

    private static List<string> DistinctDevices(IEnumerable<Finding> findings) =>
        findings.Select(f => f.Device ?? f.DeviceId).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
}
