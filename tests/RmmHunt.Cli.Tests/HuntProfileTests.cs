using System.Globalization;
using System.Text.RegularExpressions;

namespace RmmHunt.Cli.Tests;

/// <summary>
/// <c>hunt --profile</c>: after the input accounting, where the time went phase by phase, and the rules
/// whose own operators took longest, with the rows the shared scans handed each.
/// </summary>
public sealed partial class HuntProfileTests
{
    [Fact]
    public void The_profile_names_every_phase_and_ranks_the_costliest_rules()
    {
        var run = Rmmhunt.Run("hunt", "--data", "samples/*.csv", "--now", Rmmhunt.SampleNow, "--format", "json", "--profile");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var phases = Assert.Single(run.Stderr.Split('\n'), l => l.StartsWith("profile: loading rules", StringComparison.Ordinal));
        foreach (var phase in new[] { "loading rules", "compiling", "planning", "scans and rules", "the rules' own operators", "building the report", "writing it" })
            Assert.Matches($@"{phase} \d+\.\d{{3}} s", phases);
        Assert.Matches(@"\d+\.\d{3} s since the program started, of which \d+\.\d{3} s compiling its own code just in time; \d+ garbage collections, \d+\.\d{3} s paused", phases);

        var rules = RuleLines(run.Stderr);
        Assert.Equal(10, rules.Count); // the pack has hundreds of rules: the ten costliest are shown
        Assert.Contains("the 10 of 562 rules", run.Stderr);
        Assert.Equal(rules.Select(r => r.Run).OrderByDescending(t => t), rules.Select(r => r.Run));
        Assert.All(rules, r => Assert.True(File.Exists(Path.Combine(Testing.RepoPaths.Root, r.Path)), r.Path));
        Assert.All(rules, r => Assert.Equal(r.Total, r.Run + r.Compile + r.Plan, tolerance: 0.0003)); // each printed to 4 places
        // Some rule was handed rows (which rules rank first depends on the machine's load: only the order is fixed).
        Assert.Contains(rules, r => r.RowsIn > 0);
    }

    [Fact]
    public void A_single_rule_is_handed_every_row_its_scan_read()
    {
        var run = Rmmhunt.Run("hunt", "--rules", "rules/seed", "--data", Rmmhunt.SampleCsv, "--now", Rmmhunt.SampleNow, "--format", "json", "--profile");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var rule = Assert.Single(RuleLines(run.Stderr));
        long read = long.Parse(ReadRows().Match(run.Stderr).Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.Equal(read, rule.RowsIn);
    }

    [Fact]
    public void Without_the_option_nothing_is_profiled()
    {
        var run = Rmmhunt.Run("hunt", "--rules", "rules/seed", "--data", Rmmhunt.SampleCsv, "--now", Rmmhunt.SampleNow, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain("profile:", run.Stderr);
    }

    private sealed record RuleLine(double Total, double Run, double Compile, double Plan, long RowsIn, string Path);

    private static List<RuleLine> RuleLines(string stderr) => RuleRow().Matches(stderr).Select(m => new RuleLine(
        Seconds(m.Groups[1]), Seconds(m.Groups[2]), Seconds(m.Groups[3]), Seconds(m.Groups[4]),
        long.Parse(m.Groups[5].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture), m.Groups[6].Value)).ToList();

    private static double Seconds(Group group) => double.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^ +(\d+\.\d{4}) +(\d+\.\d{4}) +(\d+\.\d{4}) +(\d+\.\d{4}) +([\d,]+)  (\S+) \(", RegexOptions.Multiline)]
    private static partial Regex RuleRow();

    [GeneratedRegex(@"DeviceNetworkEvents \(defender-csv\), ([\d,]+) rows read")]
    private static partial Regex ReadRows();
}
