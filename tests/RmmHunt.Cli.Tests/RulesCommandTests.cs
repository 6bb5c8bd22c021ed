using System.Text.RegularExpressions;
using RmmHunt.Testing;

namespace RmmHunt.Cli.Tests;

/// <summary><c>rules list</c>, <c>rules show</c> and <c>rules test</c> over the built-in pack and broken copies of it.</summary>
public class RulesCommandTests
{
    [Fact]
    public void Every_built_in_rule_passes_its_fixtures()
    {
        var list = Rmmhunt.Run("rules", "list");
        int total = int.Parse(Regex.Match(list.Stdout, @"(\d+) of (\d+) rule\(s\)").Groups[2].Value);
        var run = Rmmhunt.Run("rules", "test");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.EndsWith($"{total} passed, 0 failed", run.Stdout.TrimEnd());
    }

    [Fact]
    public void A_rule_that_misses_its_positive_fixture_fails_and_says_which_case()
    {
        using var scratch = new ScratchFolder();
        string rules = scratch.Copy(Path.Combine(RepoPaths.Rules, "pack", "fixtures"), "rules/fixtures");
        string anydesk = File.ReadAllText(Path.Combine(RepoPaths.Rules, "pack", "anydesk", "anydesk_network.yaml"));
        // The rule forgets one of its domains: the fixture case for that domain must catch it.
        scratch.Write("rules/anydesk_network.yaml", anydesk.Replace("'anydesk.com', ", ""));
        var run = Rmmhunt.Run("rules", "test", Path.GetDirectoryName(rules)!);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAIL 4e32ba9c-169c-5f8e-ba41-d1cb4d48fc74", run.Stdout);
        Assert.Contains("FAIL domain:anydesk.com (match): expected a finding, got 0 result row(s)", run.Stdout);
        Assert.EndsWith("0 passed, 1 failed", run.Stdout.TrimEnd());
    }

    [Fact]
    public void One_tool_one_rule_or_the_seed_is_tested_against_the_packs_fixtures()
    {
        // The pack keeps its fixtures in rules/pack/fixtures, beside each tool's folder.
        var tool = Rmmhunt.Run("rules", "test", Path.Combine(RepoPaths.Rules, "pack", "anydesk"));
        Assert.True(tool.ExitCode == 0, tool.Stdout + tool.Stderr);
        Assert.Contains("from 3 file(s)", tool.Stdout);
        Assert.EndsWith("3 passed, 0 failed", tool.Stdout.TrimEnd());

        var rule = Rmmhunt.Run("rules", "test", Path.Combine(RepoPaths.Rules, "pack", "anydesk", "anydesk_network.yaml"));
        Assert.True(rule.ExitCode == 0, rule.Stdout + rule.Stderr);
        Assert.EndsWith("1 passed, 0 failed", rule.Stdout.TrimEnd());

        // The seed's folder sits beside the pack, whose fixtures hold the seed's cases too.
        var seed = Rmmhunt.Run("rules", "test", Path.Combine(RepoPaths.Rules, "seed"));
        Assert.True(seed.ExitCode == 0, seed.Stdout + seed.Stderr);
        Assert.EndsWith("1 passed, 0 failed", seed.Stdout.TrimEnd());
    }

    [Fact]
    public void A_rule_without_fixtures_fails()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("rules/seed.yaml", File.ReadAllText(Path.Combine(RepoPaths.Rules, "seed", "rmm_ServerEye_netconn.yaml")));
        var run = Rmmhunt.Run("rules", "test", Path.Combine(scratch.Path, "rules"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no fixtures", run.Stdout);
        Assert.EndsWith("0 passed, 1 failed", run.Stdout.TrimEnd());
    }

    [Fact]
    public void List_filters_by_tool_tactic_technique_and_table()
    {
        var anydesk = Rmmhunt.Run("rules", "list", "--tool", "anydesk");
        Assert.Equal(0, anydesk.ExitCode);
        Assert.Contains("3 of ", anydesk.Stdout);
        Assert.Contains("DeviceFileCertificateInfo", anydesk.Stdout);

        var persistence = Rmmhunt.Run("rules", "list", "--tactic", "persistence", "--table", "DeviceProcessEvents");
        var rows = persistence.Stdout.Split('\n').Where(l => l.StartsWith('│') && !l.Contains("Severity")).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Persistence", r));
        Assert.All(rows, r => Assert.Contains("DeviceProcessEvents", r));

        int Count(params string[] args) => int.Parse(Regex.Match(Rmmhunt.Run(["rules", "list", .. args]).Stdout, @"(\d+) of").Groups[1].Value);
        Assert.Equal(Count(), Count("--technique", "T1219"));
        Assert.True(Count("--technique", "T1219.002") < Count());
        Assert.Equal(0, Count("--tool", "no-such-tool"));
    }

    [Fact]
    public void Show_prints_the_rule_and_its_query()
    {
        var run = Rmmhunt.Run("rules", "show", "8f8aa8e8");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("tool:        ServerEye", run.Stdout);
        Assert.Contains("RemoteUrl has 'server-eye.de'", run.Stdout);
        Assert.Equal(2, Rmmhunt.Run("rules", "show", "ffffffff-0000").ExitCode);
    }

    [Fact]
    public void Show_finds_a_rule_by_its_file_name_and_lists_a_tools_rules_for_its_name()
    {
        var byFile = Rmmhunt.Run("rules", "show", "anydesk_network");
        Assert.Equal(0, byFile.ExitCode);
        Assert.Contains("id:          4e32ba9c-169c-5f8e-ba41-d1cb4d48fc74", byFile.Stdout);

        // A tool's name is not an id: the error names its three rules to choose from.
        var byTool = Rmmhunt.Run("rules", "show", "AnyDesk");
        Assert.Equal(2, byTool.ExitCode);
        Assert.Contains("rules of tools whose name holds it", byTool.Stderr);
        Assert.Contains("4e32ba9c-169c-5f8e-ba41-d1cb4d48fc74  AnyDesk (RMM): connection to the vendor's cloud", byTool.Stderr);
        Assert.Equal(3, Regex.Matches(byTool.Stderr, @"\n  [0-9a-f-]{36}  AnyDesk \(RMM\)").Count);

        // An ambiguous id prefix lists the rules it could mean.
        var prefix = Rmmhunt.Run("rules", "show", "4e3");
        Assert.Equal(2, prefix.ExitCode);
        Assert.Contains("give more of it:", prefix.Stderr);
        Assert.Contains("4e32ba9c-169c-5f8e-ba41-d1cb4d48fc74", prefix.Stderr);
    }
}
