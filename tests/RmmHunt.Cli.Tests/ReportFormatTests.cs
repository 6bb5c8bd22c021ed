using System.Text.Json;
using RmmHunt.Testing;

namespace RmmHunt.Cli.Tests;

/// <summary>
/// Every report format says the same about one hunt over the three sample tables: the same findings
/// (one stable CSV column set across all rules), the summaries per tool and per device, and for SARIF
/// a valid 2.1.0 log whose results and rules agree.
/// </summary>
public class ReportFormatTests
{
    private static readonly string[] Hunt =
    [
        "hunt", "--data", "samples/DeviceNetworkEvents.csv", "samples/DeviceProcessEvents.csv", "samples/DeviceFileCertificateInfo.csv",
        "--exclusions", Rmmhunt.SampleExclusions, "--now", Rmmhunt.SampleNow,
    ];

    private static readonly Lazy<JsonDocument> Json = new(() => JsonDocument.Parse(Run("json")));

    private static string Run(string format)
    {
        var run = Rmmhunt.Run([.. Hunt, "--format", format]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    private static List<JsonElement> Findings => Json.Value.RootElement.GetProperty("findings").EnumerateArray().ToList();

    [Fact]
    public void Json_findings_carry_rule_tool_severity_attack_entities_and_times()
    {
        Assert.NotEmpty(Findings);
        foreach (var finding in Findings)
        {
            foreach (var field in new[] { "ruleId", "ruleName", "tool", "severity", "device", "firstSeen", "lastSeen" })
                Assert.True(finding.GetProperty(field).ValueKind == JsonValueKind.String, $"{field} of {finding}");
            Assert.NotEmpty(finding.GetProperty("tactics").EnumerateArray());
            Assert.Contains(finding.GetProperty("techniques").EnumerateArray(), t => t.GetString()!.StartsWith("T1219"));
        }
        // The entities come from the rules' entity mappings: network rules map URL, IP and the process hash.
        var network = Findings.Where(f => f.GetProperty("ruleName").GetString()!.EndsWith("connection to the vendor's cloud")).ToList();
        Assert.NotEmpty(network);
        Assert.All(network, f => Assert.Equal("SHA256", f.GetProperty("fileHashAlgorithm").GetString()));
        Assert.Contains(network, f => f.GetProperty("url").ValueKind == JsonValueKind.String && f.GetProperty("ip").ValueKind == JsonValueKind.String);
        var signature = Findings.Where(f => f.GetProperty("ruleName").GetString()!.EndsWith("file signed by the vendor")).ToList();
        Assert.NotEmpty(signature);
        Assert.All(signature, f => Assert.Equal("SHA1", f.GetProperty("fileHashAlgorithm").GetString()));
    }

    [Fact]
    public void Summaries_per_tool_and_per_device_add_up_to_the_findings()
    {
        var root = Json.Value.RootElement;
        Assert.Equal(Findings.Count, root.GetProperty("tools").EnumerateArray().Sum(t => t.GetProperty("findings").GetInt32()));
        Assert.Equal(Findings.Count, root.GetProperty("devices").EnumerateArray().Sum(d => d.GetProperty("findings").GetInt32()));
        Assert.Equal(Findings.Select(f => f.GetProperty("device").GetString()).Distinct().Count(), root.GetProperty("devices").GetArrayLength());
        var table = Run("table");
        Assert.Contains("By tool", table);
        Assert.Contains("By device", table);
        Assert.Contains($"{Findings.Count} finding(s) on {root.GetProperty("devices").GetArrayLength()} device(s)", table);
    }

    [Fact]
    public void Jsonl_has_one_finding_per_line()
    {
        var lines = Run("jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Findings.Count, lines.Length);
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
        Assert.Equal(Findings.Select(f => f.GetProperty("ruleId").GetString()), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public void Csv_has_one_stable_column_set_for_all_rules()
    {
        var rows = CsvText.Parse(Run("csv"));
        Assert.Equal(Hunting.Reports.FindingsCsv.Columns, rows[0]);
        Assert.Equal(Findings.Count, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        Assert.True(Findings.Select(f => f.GetProperty("ruleId").GetString()).Distinct().Count() > 3, "findings of several rules share the columns");
    }

    [Fact]
    public void Markdown_has_the_summaries_findings_and_suppressions()
    {
        var md = Run("md");
        foreach (var heading in new[] { "# RmmHunt report", "## Summary by tool", "## Summary by device", "## Findings", "## Suppressions", "## Skipped rules" })
            Assert.Contains(heading + "\n", md);
        foreach (var tool in Json.Value.RootElement.GetProperty("tools").EnumerateArray())
            Assert.Contains($"| {tool.GetProperty("tool").GetString()} | {tool.GetProperty("findings").GetInt32()} |", md);
        Assert.Contains("| servereye-log-collection | exclusion |", md);
    }

    [Fact]
    public void Sarif_is_a_2_1_0_log_whose_results_point_at_their_rules()
    {
        using var sarif = JsonDocument.Parse(Run("sarif"));
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString());
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(Findings.Count, results.Count);
        foreach (var result in results)
        {
            int index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[index].GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith(".yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() > 0);
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
        }
        Assert.All(rules, r => Assert.Contains(r.GetProperty("properties").GetProperty("tags").EnumerateArray(), t => t.GetString() == "T1219"));
    }
}
