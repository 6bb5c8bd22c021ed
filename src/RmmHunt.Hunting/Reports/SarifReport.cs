using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RmmHunt.Hunting.Findings;
using RmmHunt.Hunting.Reports.Model;
using RmmHunt.Hunting.Runner;
using RmmHunt.Kql.Values;

namespace RmmHunt.Hunting.Reports;

/// <summary>
/// A hunt as SARIF 2.1.0, so findings flow into SARIF viewers and code-scanning dashboards. Each rule
/// that ran is a reporting descriptor (ATT&amp;CK tactics and techniques as tags); each finding is a
/// result whose location is the rule file and whose logical location is the device; the entities are
/// result properties. Severity maps to level (High → error, Medium → warning, Low and Informational →
/// note) and to <c>security-severity</c>. Skipped rules are tool notifications of the invocation.
/// </summary>
public static class SarifReport
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(Stream stream, HuntReport report, string? baseDirectory = null)
    {
        var rules = report.Rules.Where(r => r.Status == RuleStatus.Ran).Select(r => r.Rule).ToList();
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.OrdinalIgnoreCase);
        var byId = report.Rules.Select(r => r.Rule).DistinctBy(r => r.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        using var json = new Utf8JsonWriter(stream, JsonValues.Options);
        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "RmmHunt");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            Message(json, "shortDescription", rule.Name);
            Message(json, "fullDescription", rule.Description.Trim().Length > 0 ? rule.Description.Trim() : rule.Name);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            FindingJson.Strings(json, "tags", rule.Tactics.Concat(rule.RelevantTechniques).Append(rule.Tool is null ? "hunting" : "RMM"));
            json.WriteString("security-severity", SecuritySeverity(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var skipped in report.Skipped)
        {
            json.WriteStartObject();
            json.WriteString("level", "warning");
            Message(json, "message", $"skipped: {skipped.Code} {skipped.Reason}");
            json.WriteStartArray("locations");
            Location(json, skipped.Path, skipped.Line, skipped.Column, null, baseDirectory);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("results");
        foreach (var finding in report.Findings)
        {
            Result(json, finding, byId[finding.RuleId], index, baseDirectory);
            JsonValues.FlushEvery64K(json);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void Result(Utf8JsonWriter json, Finding finding, Rules.HuntingRule rule, Dictionary<string, int> index, string? baseDirectory)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (index.TryGetValue(finding.RuleId, out int i)) json.WriteNumber("ruleIndex", i);
        json.WriteString("level", Level(finding.Severity));
        Message(json, "message", $"{finding.Tool ?? finding.RuleName} on {finding.Device ?? finding.DeviceId ?? "an unknown device"}"
            + (finding.RemoteUrl is null ? "" : $" to {finding.RemoteUrl}") + (finding.Account is null ? "" : $" as {finding.Account}")
            + $": {finding.RuleName}");
        json.WriteStartArray("locations");
        Location(json, rule.SourcePath, rule.QueryLine, rule.QueryColumn, finding.Device ?? finding.DeviceId, baseDirectory);
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("rmmhunt/v1", Fingerprint(finding));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        foreach (var (name, value) in new (string, string?)[]
        {
            ("tool", finding.Tool), ("severity", finding.Severity), ("device", finding.Device), ("deviceId", finding.DeviceId), ("account", finding.Account),
            ("url", finding.RemoteUrl), ("ip", finding.RemoteIp), ("fileHash", finding.FileHash), ("fileHashAlgorithm", finding.FileHashAlgorithm),
            ("process", finding.Process), ("firstSeen", finding.FirstSeen is { } f ? ScalarFormat.DateTime(f) : null), ("lastSeen", finding.LastSeen is { } l ? ScalarFormat.DateTime(l) : null),
        })
        {
            if (value is not null) json.WriteString(name, value);
        }
        if (finding.Count is { } count) json.WriteNumber("count", count);
        FindingJson.Strings(json, "tags", finding.Tactics.Concat(finding.Techniques));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter json, string path, int line, int column, string? device, string? baseDirectory)
    {
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(path, baseDirectory));
        json.WriteEndObject();
        if (line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            json.WriteNumber("startColumn", Math.Max(1, column));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        if (device is not null)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("name", device);
            json.WriteString("kind", "device");
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>A relative URI with '/' separators where the file is under <paramref name="baseDirectory"/>, else a file URI.</summary>
    private static string Uri(string path, string? baseDirectory)
    {
        string full = Path.GetFullPath(path);
        if (baseDirectory is not null)
        {
            string relative = Path.GetRelativePath(baseDirectory, full);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
                return string.Join('/', relative.Split(Path.DirectorySeparatorChar).Select(System.Uri.EscapeDataString));
        }
        return new Uri(full).AbsoluteUri;
    }

    private static void Message(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(string? severity) => SeverityLevels.Rank(severity) switch { 0 => "error", 1 => "warning", _ => "note" };

    /// <summary>GitHub's 0-10 scale: High 8.0, Medium 5.0, Low 3.0, Informational 1.0.</summary>
    private static string SecuritySeverity(string? severity) => SeverityLevels.Rank(severity) switch { 0 => "8.0", 1 => "5.0", 2 => "3.0", _ => "1.0" };

    /// <summary>Stable across runs for the same rule, tool, device and entities, so viewers can track a finding.</summary>
    private static string Fingerprint(Finding finding) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('|', finding.RuleId, finding.Device, finding.Account, finding.RemoteUrl, finding.FileHash, finding.Process))))[..32];
}
