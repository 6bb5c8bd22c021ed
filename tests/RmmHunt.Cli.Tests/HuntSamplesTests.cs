using System.Text.Json;
using RmmHunt.Generator.Truth;
using RmmHunt.Testing;

namespace RmmHunt.Cli.Tests;

/// <summary>
/// The README's hunt over samples/, checked row by row against the ground truth the generator wrote
/// beside the sample (computed without the engine).
/// </summary>
public class HuntSamplesTests
{
    private static readonly GroundTruth Truth = GroundTruthJson.Load(Path.Combine(RepoPaths.Samples, "DeviceNetworkEvents.truth.json"));

    [Fact]
    public void Hunt_with_exclusions_returns_exactly_the_expected_groups()
    {
        var run = Rmmhunt.Run("hunt", "--data", Rmmhunt.SampleCsv, "--exclusions", Rmmhunt.SampleExclusions,
            "--now", Rmmhunt.SampleNow, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var rule = SeedRule(run.Stdout);
        AssertGroups(Truth.GroupsWithExclusions, rule);
        var suppressions = rule.GetProperty("suppressions").EnumerateArray()
            .ToDictionary(s => s.GetProperty("exclusion").GetString()!, s => s.GetProperty("events").GetInt64());
        Assert.Equal(Truth.RemovedByExclusion.OrderBy(p => p.Key), suppressions.OrderBy(p => p.Key));
        Assert.Equal(Truth.RemovedEvents, rule.GetProperty("suppressedEvents").GetInt64());
    }

    [Fact]
    public void Hunt_without_exclusions_shows_everything()
    {
        var run = Rmmhunt.Run("hunt", "--data", Rmmhunt.SampleCsv, "--exclusions", Rmmhunt.SampleExclusions, "--no-exclusions",
            "--now", Rmmhunt.SampleNow, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var rule = SeedRule(run.Stdout);
        AssertGroups(Truth.GroupsWithoutExclusions, rule);
        Assert.Empty(rule.GetProperty("suppressions").EnumerateArray());
    }

    [Fact]
    public void Json_report_describes_the_run_and_the_rule()
    {
        var run = Rmmhunt.Run("hunt", "--data", Rmmhunt.SampleCsv, "--now", Rmmhunt.SampleNow, "--format", "json");
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("2024-10-07T00:00:00.0000000Z", root.GetProperty("now").GetString());
        var input = Assert.Single(root.GetProperty("inputs").EnumerateArray());
        Assert.Equal("DeviceNetworkEvents", input.GetProperty("table").GetString());
        Assert.Equal(Truth.Rows, input.GetProperty("rowsRead").GetInt64() + input.GetProperty("rowsSkippedByPrefilter").GetInt64());
        Assert.Equal(0, input.GetProperty("rowsRejected").GetInt64());
        var rule = SeedRule(run.Stdout);
        Assert.Equal(["CommandAndControl"], rule.GetProperty("tactics").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["T1219"], rule.GetProperty("techniques").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("ran", rule.GetProperty("status").GetString());
    }

    [Fact]
    public void Table_output_shows_findings_suppressions_and_a_summary()
    {
        var run = Rmmhunt.Run("hunt", "--data", Rmmhunt.SampleCsv, "--exclusions", Rmmhunt.SampleExclusions, "--now", Rmmhunt.SampleNow);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{Truth.GroupsWithExclusions.Count} finding(s) Remote Management and Monitoring tool - ServerEye", run.Stdout);
        foreach (var (id, events) in Truth.RemovedByExclusion) Assert.Contains($"{events} event(s) suppressed by {id}", run.Stdout);
        Assert.Contains($"{Truth.RemovedEvents} event(s) suppressed by exclusions", run.Stdout);
        Assert.Contains("table DeviceNetworkEvents (inferred from file name", run.Stderr);
        Assert.Contains("0 rejected", run.Stderr);
    }

    [Fact]
    public void Csv_findings_have_one_row_per_group_with_the_stable_columns()
    {
        var run = Rmmhunt.Run("hunt", "--data", Rmmhunt.SampleCsv, "--exclusions", Rmmhunt.SampleExclusions, "--now", Rmmhunt.SampleNow, "--format", "csv");
        var lines = run.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("RuleId,RuleName,", lines[0]);
        // The built-in rules are the whole pack now; the seed rule's rows are those with its id.
        Assert.Equal(Truth.GroupsWithExclusions.Count, lines.Count(l => l.StartsWith(Truth.RuleId + ",", StringComparison.Ordinal)));
    }

    private static JsonElement SeedRule(string json)
    {
        var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == Truth.RuleId);
    }

    private static void AssertGroups(IReadOnlyList<ExpectedGroup> expected, JsonElement rule)
    {
        var actual = rule.GetProperty("rows").EnumerateArray().Select(r => new
        {
            Key = $"{r.GetProperty("DeviceId").GetString()}|{r.GetProperty("DeviceName").GetString()}|{r.GetProperty("RemoteUrl").GetString()}",
            Row = $"{r.GetProperty("FirstSeen").GetDateTime():O}|{r.GetProperty("LastSeen").GetDateTime():O}|"
                + string.Join(",", r.GetProperty("Report").EnumerateArray().Select(e => e.GetInt64()).Order()) + "|" + r.GetProperty("Count").GetInt64(),
        }).ToDictionary(r => r.Key, r => r.Row);
        var wanted = expected.ToDictionary(
            g => $"{g.DeviceId}|{g.DeviceName}|{g.RemoteUrl}",
            g => $"{g.FirstSeen.ToUniversalTime():O}|{g.LastSeen.ToUniversalTime():O}|{string.Join(",", g.ReportIds)}|{g.Count}");
        Assert.Equal(wanted.Keys.Order(), actual.Keys.Order());
        foreach (var (key, row) in wanted) Assert.Equal(row, actual[key]);
    }
}
