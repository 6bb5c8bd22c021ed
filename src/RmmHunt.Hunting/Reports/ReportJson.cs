using System.Text.Json;
using RmmHunt.Hunting.Reports.Model;
using RmmHunt.Kql.Values;

namespace RmmHunt.Hunting.Reports;

/// <summary>The summary parts of the JSON report: per tool, per device, suppressions and skipped rules.</summary>
internal static class ReportJson
{
    public static void WriteSummaries(Utf8JsonWriter json, HuntReport report)
    {
        json.WritePropertyName("tools");
        json.WriteStartArray();
        foreach (var tool in report.Tools)
        {
            json.WriteStartObject();
            json.WriteString("tool", tool.Tool);
            json.WriteNumber("findings", tool.Findings);
            FindingJson.Strings(json, "devices", tool.Devices);
            json.WriteNumber("rules", tool.Rules);
            json.WriteString("highestSeverity", tool.HighestSeverity);
            Time(json, "firstSeen", tool.FirstSeen);
            Time(json, "lastSeen", tool.LastSeen);
            json.WriteNumber("suppressedEvents", tool.SuppressedEvents);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WritePropertyName("devices");
        json.WriteStartArray();
        foreach (var device in report.Devices)
        {
            json.WriteStartObject();
            json.WriteString("device", device.Device);
            json.WriteNumber("findings", device.Findings);
            FindingJson.Strings(json, "tools", device.Tools);
            json.WriteString("highestSeverity", device.HighestSeverity);
            Time(json, "firstSeen", device.FirstSeen);
            Time(json, "lastSeen", device.LastSeen);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WritePropertyName("suppressions");
        json.WriteStartArray();
        foreach (var s in report.Suppressions)
        {
            json.WriteStartObject();
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
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WritePropertyName("skipped");
        json.WriteStartArray();
        foreach (var s in report.Skipped)
        {
            json.WriteStartObject();
            json.WriteString("file", s.Path);
            json.WriteNumber("line", s.Line);
            json.WriteNumber("column", s.Column);
            if (s.RuleId is not null) json.WriteString("ruleId", s.RuleId);
            json.WriteString("code", s.Code);
            json.WriteString("reason", s.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WritePropertyName("skipReasons");
        json.WriteStartArray();
        foreach (var group in report.SkipGroups)
        {
            json.WriteStartObject();
            json.WriteString("reason", group.Reason);
            json.WriteNumber("rules", group.Count);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Time(Utf8JsonWriter json, string name, DateTime? value)
    {
        if (value is { } t) json.WriteString(name, ScalarFormat.DateTime(t));
        else json.WriteNull(name);
    }
}
