using System.Text.Json;
using RmmHunt.Data.Inputs;
using RmmHunt.Hunting.Reports.Model;
using RmmHunt.Hunting.Runner;
using RmmHunt.Kql.Values;

namespace RmmHunt.Hunting.Reports;

/// <summary>
/// A hunt as one JSON document: the run (now, every input with its table, format and rows read and
/// rejected), a summary, the findings with their entities, the summaries per tool and per device, the
/// suppressions, the skipped rules with their reasons, and per rule its identity, ATT&amp;CK mapping,
/// status, result rows and suppression counts.
/// </summary>
public static class HuntJsonReport
{
    public static void Write(Stream stream, HuntReport report)
    {
        using var json = new Utf8JsonWriter(stream, JsonValues.Options);
        json.WriteStartObject();
        json.WriteString("tool", "rmmhunt");
        json.WriteString("now", ScalarFormat.DateTime(report.Now));
        json.WritePropertyName("summary");
        json.WriteStartObject();
        json.WriteNumber("rulesRun", report.RulesRun);
        json.WriteNumber("rulesSkipped", report.Skipped.Count);
        json.WriteNumber("findings", report.Findings.Count);
        json.WriteNumber("devices", report.Devices.Count);
        json.WriteNumber("suppressedEvents", report.SuppressedEvents);
        json.WriteEndObject();
        json.WritePropertyName("inputs");
        WriteInputs(json, report.Inputs);
        json.WritePropertyName("findings");
        json.WriteStartArray();
        foreach (var finding in report.Findings)
        {
            FindingJson.Write(json, finding);
            JsonValues.FlushEvery64K(json);
        }
        json.WriteEndArray();
        ReportJson.WriteSummaries(json, report);
        json.WritePropertyName("rules");
        json.WriteStartArray();
        foreach (var rule in report.Rules)
        {
            WriteRule(json, rule);
            JsonValues.FlushEvery64K(json);
        }
        json.WriteEndArray();
        FindingJson.Strings(json, "warnings", report.Warnings);
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    public static void WriteInputs(Utf8JsonWriter json, IReadOnlyList<InputFile> inputs)
    {
        json.WriteStartArray();
        foreach (var input in inputs)
        {
            var s = input.Statistics;
            json.WriteStartObject();
            json.WriteString("path", input.Path);
            json.WriteString("table", input.Table);
            json.WriteString("format", input.Format);
            if (input.InferredFrom is not null) json.WriteString("tableInferredFrom", input.InferredFrom);
            json.WriteNumber("rowsRead", s.Read);
            json.WriteNumber("rowsSkippedByPrefilter", s.Skipped);
            json.WriteNumber("rowsRejected", s.RejectedCount);
            json.WriteNumber("bytes", s.Bytes);
            FindingJson.Objects(json, "rejections", s.Rejections, static (json, rejected) =>
            {
                json.WriteNumber("line", rejected.Line);
                if (rejected.Column is not null) json.WriteString("column", rejected.Column);
                json.WriteString("reason", rejected.Reason);
            });
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleOutcome outcome)
    {
        var rule = outcome.Rule;
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        json.WriteString("file", rule.SourcePath);
        if (rule.Tool is { } tool) json.WriteString("tool", tool);
        if (rule.Severity is { } severity) json.WriteString("severity", severity);
        FindingJson.Strings(json, "tactics", rule.Tactics);
        FindingJson.Strings(json, "techniques", rule.RelevantTechniques);
        json.WriteString("status", outcome.Status switch { RuleStatus.Ran => "ran", RuleStatus.NotRun => "not-run", _ => "failed" });
        if (outcome.Message is not null) json.WriteString("message", outcome.Message);
        if (outcome.Warnings is not null) json.WriteString("warnings", outcome.Warnings);
        if (outcome.Result is { } result)
        {
            json.WritePropertyName("columns");
            JsonValues.WriteSchema(json, result);
            json.WritePropertyName("rows");
            JsonValues.WriteRows(json, result);
        }
        json.WriteNumber("suppressedEvents", outcome.SuppressedEvents);
        FindingJson.Objects(json, "suppressions", outcome.Suppressions, static (json, suppression) =>
        {
            json.WriteString("exclusion", suppression.ExclusionId);
            json.WriteString("description", suppression.Description);
            json.WriteNumber("events", suppression.Events);
        });
        json.WriteEndObject();
    }
}
