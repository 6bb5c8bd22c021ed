using System.Text.Json;
using RmmHunt.Hunting.Findings;
using RmmHunt.Kql.Values;

namespace RmmHunt.Hunting.Reports;

/// <summary>A finding as a JSON object with the same fields in every format (JSON, JSONL): fixed entities first, the whole row under <c>details</c>.</summary>
public static class FindingJson
{
    public static void Write(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("ruleName", finding.RuleName);
        Text(json, "tool", finding.Tool);
        Text(json, "severity", finding.Severity);
        Strings(json, "tactics", finding.Tactics);
        Strings(json, "techniques", finding.Techniques);
        Text(json, "device", finding.Device);
        Text(json, "deviceId", finding.DeviceId);
        Text(json, "account", finding.Account);
        Text(json, "url", finding.RemoteUrl);
        Text(json, "ip", finding.RemoteIp);
        Text(json, "fileHash", finding.FileHash);
        Text(json, "fileHashAlgorithm", finding.FileHashAlgorithm);
        Text(json, "process", finding.Process);
        Text(json, "firstSeen", finding.FirstSeen is { } first ? ScalarFormat.DateTime(first) : null);
        Text(json, "lastSeen", finding.LastSeen is { } last ? ScalarFormat.DateTime(last) : null);
        if (finding.Count is { } count) json.WriteNumber("count", count);
        else json.WriteNull("count");
        json.WritePropertyName("details");
        json.WriteStartObject();
        foreach (var (name, value) in finding.Details)
        {
            json.WritePropertyName(name);
            JsonValues.Write(json, value);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    /// <summary>A property holding an array of objects, one per item, whose fields <paramref name="fields"/> writes.</summary>
    public static void Objects<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> fields)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var item in items)
        {
            json.WriteStartObject();
            fields(json, item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
