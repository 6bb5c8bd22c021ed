namespace RmmHunt.Hunting.Reports.Model;

/// <summary>What a run found for one RMM tool.</summary>
public sealed record ToolSummary(string Tool, int Findings, IReadOnlyList<string> Devices, int Rules, string HighestSeverity,
    DateTime? FirstSeen, DateTime? LastSeen, long SuppressedEvents);

/// <summary>A device's activity for one tool (a bar of the timeline).</summary>
public sealed record DeviceActivity(string Tool, DateTime? FirstSeen, DateTime? LastSeen, long Events, string HighestSeverity);

/// <summary>What a run found on one device.</summary>
public sealed record DeviceSummary(string Device, int Findings, IReadOnlyList<string> Tools, string HighestSeverity,
    DateTime? FirstSeen, DateTime? LastSeen, IReadOnlyList<DeviceActivity> Activity);

/// <summary>
/// One exclusion or sanctioned-tool entry and what it suppressed in the run: events per entry
/// (summed over the rules it applies to), its owner, reason and expiry, and whether it had expired.
/// </summary>
public sealed record SuppressionSummary(string Id, string Kind, string Description, string Scope, string? Owner, string? Reason,
    string? Expires, bool Expired, long Events, int Rules, string Source);
