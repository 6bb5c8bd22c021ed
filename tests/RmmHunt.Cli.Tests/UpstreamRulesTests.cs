using System.Text.Json;
using System.Text.RegularExpressions;
using RmmHunt.Testing;

namespace RmmHunt.Cli.Tests;

/// <summary>
/// Real-world rules: the upstream YAML of the reference folder (RemoteManagementMonitoringTools, whose
/// files are mis-indented and mostly group by a column their table lacks; the Azure-Sentinel copies;
/// LOLRMM and Sigma files that are not KQL rules). The hunt runs every rule it can and says for each
/// other one where and why, ending with "N rules run, M skipped" and the reasons.
/// </summary>
public class UpstreamRulesTests
{
    private static string RmmReference => Path.Combine(RepoPaths.Reference, "rmm");

    [Fact]
    public void Every_rule_that_cannot_run_is_reported_with_file_line_column_and_reason()
    {
        var run = Rmmhunt.Run("hunt", "--rules", RmmReference, "--data", Rmmhunt.SampleCsv, "--now", Rmmhunt.SampleNow, "--format", "json");
        Assert.Equal(1, run.ExitCode); // some upstream rules do not compile
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        var skipped = root.GetProperty("skipped").EnumerateArray().ToList();
        var reasons = root.GetProperty("skipReasons").EnumerateArray().ToDictionary(r => r.GetProperty("reason").GetString()!, r => r.GetProperty("rules").GetInt32());
        int run_ = root.GetProperty("summary").GetProperty("rulesRun").GetInt32();

        Assert.True(run_ >= 1, "the Azure-Sentinel ServerEye network rule compiles and runs");
        Assert.Equal(skipped.Count, reasons.Values.Sum());
        Assert.Equal(skipped.Count, root.GetProperty("summary").GetProperty("rulesSkipped").GetInt32());
        Assert.Contains(reasons, r => r.Key.Contains("unknown column 'AccountUpn'") && r.Value > 10);
        Assert.Contains(reasons, r => r.Key.StartsWith("not a KQL hunting query: Sigma rule"));
        Assert.Contains(reasons, r => r.Key == "YAML001 invalid YAML"); // the %%GUID%% templates
        Assert.Contains(reasons, r => r.Key == "RULE004 duplicate rule id"); // the Sentinel copies share the ids

        // Each compile error points into its file, at the offending token.
        var accountUpn = skipped.Where(s => s.GetProperty("reason").GetString()!.Contains("'AccountUpn'")).ToList();
        Assert.All(accountUpn, s =>
        {
            string file = s.GetProperty("file").GetString()!;
            int line = s.GetProperty("line").GetInt32(), column = s.GetProperty("column").GetInt32();
            string text = File.ReadAllLines(file)[line - 1];
            Assert.StartsWith("AccountUpn", text[(column - 1)..]);
        });
        // The rules run plus the rules skipped account for every rule the hunt loaded.
        Assert.Equal(root.GetProperty("rules").GetArrayLength(), run_ + skipped.Count(s => s.TryGetProperty("ruleId", out _)));
    }

    [Fact]
    public void The_run_ends_with_the_counts_and_the_grouped_reasons()
    {
        string jischell = Path.Combine(RmmReference, "jischell-msft__RemoteManagementMonitoringTools", "RMM");
        var run = Rmmhunt.Run("hunt", "--rules", jischell, "--data", Rmmhunt.SampleCsv, "--now", Rmmhunt.SampleNow);
        var last = run.Stderr.TrimEnd().Split('\n')[^1];
        var counts = Regex.Match(last, @"^(\d+) rules run, (\d+) skipped");
        Assert.True(counts.Success, last);
        Assert.Equal("0", counts.Groups[1].Value); // every netconn rule groups by AccountUpn; the rest have no data here
        var grouped = Regex.Matches(run.Stderr, @"^\s+(\d+)  (.+)$", RegexOptions.Multiline).ToDictionary(m => m.Groups[2].Value.Trim(), m => int.Parse(m.Groups[1].Value));
        Assert.Equal(int.Parse(counts.Groups[2].Value), grouped.Values.Sum());
        Assert.Contains("no data for DeviceProcessEvents", grouped.Keys);
        Assert.Matches(@"rmm_AnyDesk_netconn\.yaml:\d+:\d+: error KQL031: unknown column 'AccountUpn'", run.Stderr);
        Assert.Contains("warning RULE003", run.Stderr); // the mis-indentation repair is said, not hidden
    }
}
