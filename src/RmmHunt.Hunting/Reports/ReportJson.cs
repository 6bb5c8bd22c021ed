using System.Text.Json;
using RmmHunt.Hunting.Reports.Model;
using RmmHunt.Kql.Values;

namespace RmmHunt.Hunting.Reports;

/// <summary>The summary parts of the JSON report: per tool, per device, suppressions and skipped rules.</summary>
internal static class ReportJson
{
    public static void WriteSummaries(Utf8JsonWriter json, HuntReport report)
    {
        FindingJson.Objects(json, "tools", report.Tools, static (json, tool) =>
        {
            json.WriteString("tool", tool.Tool);
            json.WriteNumber("findings", tool.Findings);
            FindingJson.Strings(json, "devices", tool.Devices);
            json.WriteNumber("rules", tool.Rules);
            json.WriteString("highestSeverity", tool.HighestSeverity);
            Time(json, "firstSeen", tool.FirstSeen);
            Time(json, "lastSeen", tool.LastSeen);
            json.WriteNumber("suppressedEvents", tool.SuppressedEvents);
        });
        FindingJson.Objects(json, "devices", report.Devices, static (json, device) =>
        {
            json.WriteString("device", device.Device);
            json.WriteNumber("findings", device.Findings);
            FindingJson.Strings(json, "tools", device.Tools);
            json.WriteString("highestSeverity", device.HighestSeverity);
            Time(json, "firstSeen", device.FirstSeen);
            Time(json, "lastSeen", device.LastSeen);
        });
        FindingJson.Objects(json, "suppressions", report.Suppressions, static (json, s) =>
        {
            json.WriteString("id", s.Id);
            json.WriteString("kind", s.Kind);
            json.WriteString("description", s.Description);
            json.WriteString("scope", s.Scope);
            if (s.Owner is not null) json.WriteString("owner", s.Owner);
            if (s.Reason is not null) json.WriteString("reason", s.Reason);
            if (s.Expires is not null) json.WriteString("expires", s.Expires);
            json.WriteBoolean("expired", s.Expired);
            json.WriteNumber("events", s.Events);
            json.WriteNumber("rules", s.Rules);
            json.WriteString("source", s.Source);
        });
        FindingJson.Objects(json, "skipped", report.Skipped, static (json, s) =>
        {
            json.WriteString("file", s.Path);
            json.WriteNumber("line", s.Line);
            json.WriteNumber("column", s.Column);
            if (s.RuleId is not null) json.WriteString("ruleId", s.RuleId);
            json.WriteString("code", s.Code);
            json.WriteString("reason", s.Reason);
        });
        FindingJson.Objects(json, "skipReasons", report.SkipGroups, static (json, group) =>
        {
            json.WriteString("reason", group.Reason);
            json.WriteNumber("rules", group.Count);
        });
    }

    private static void Time(Utf8JsonWriter json, string name, DateTime? value)
    {
        if (value is { } t) json.WriteString(name, ScalarFormat.DateTime(t));
        else json.WriteNull(name);
    }
}
