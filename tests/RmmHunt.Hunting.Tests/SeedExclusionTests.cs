using RmmHunt.Hunting.Exclusions;
using RmmHunt.Kql.Binding;

namespace RmmHunt.Hunting.Tests;

/// <summary>The five benign scenarios of the seed, as the fixture file writes them.</summary>
public class SeedExclusionTests
{
    private const string Internal = "(ipv4_is_in_range(RemoteIP, \"10.0.0.0/8\") or ipv4_is_in_range(RemoteIP, \"172.16.0.0/12\") or ipv4_is_in_range(RemoteIP, \"192.168.0.0/16\"))";

    public static TheoryData<string, string> Scenarios => new()
    {
        { "servereye-scheduled-monitoring", "InitiatingProcessParentFileName =~ \"Task Scheduler\" or InitiatingProcessFileName =~ \"ServerEyeMonitor.exe\"" },
        { "servereye-agent-update", "InitiatingProcessAccountName =~ \"admin_user\" or InitiatingProcessCommandLine contains \"ServerEyeUpdate.exe\"" },
        { "servereye-remote-desktop", "InitiatingProcessParentFileName =~ \"mstsc.exe\" or InitiatingProcessParentFileName =~ \"tsclient.exe\"" },
        { "servereye-inventory-scan", "InitiatingProcessCommandLine contains \"ServerEyeScan.exe\" or " + Internal },
        { "servereye-log-collection", "InitiatingProcessCommandLine contains \"ServerEyeLogCollector.exe\" or RemotePort == 514" },
    };

    [Fact]
    public void Fixture_loads_without_problems()
    {
        var set = ExclusionSet.Load(TestData.SeedExclusions);

        Assert.Empty(set.Errors);
        Assert.Equal(5, set.Exclusions.Count);
        var network = Assert.Single(set.Networks);
        Assert.Equal(new NetworkList("internal_subnet", ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]).Ranges, network.Ranges);
        Assert.All(set.Exclusions, e => Assert.Equal([TestData.SeedRuleId], e.Rules));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_translates_to_KQL(string id, string kql)
    {
        var exclusion = ExclusionSet.Load(TestData.SeedExclusions).Exclusions.Single(e => e.Id == id);

        Assert.Equal(kql, exclusion.Kql);
    }

    [Fact]
    public void Every_scenario_binds_against_DeviceNetworkEvents()
    {
        var set = ExclusionSet.Load(TestData.SeedExclusions);
        var problems = new List<ExclusionError>();

        var filters = set.For(TestData.SeedRuleId, "DeviceNetworkEvents", TestData.Defender("DeviceNetworkEvents"), problems);

        Assert.Empty(problems);
        Assert.Equal(set.Exclusions.Select(e => e.Id), filters.Select(f => f.Id));
        Assert.All(filters, f => Assert.Equal("DeviceNetworkEvents", f.Table));
        Assert.All(filters, f => Assert.Equal(Kql.Symbols.KqlType.Bool, f.Predicate.Type));
        Assert.All(filters, f => Assert.IsNotType<BoundError>(f.Predicate));
    }

    [Fact]
    public void Exclusions_name_their_position_in_the_file()
    {
        var set = ExclusionSet.Load(TestData.SeedExclusions);
        var first = set.Exclusions[0];

        var lines = File.ReadAllLines(TestData.SeedExclusions);
        Assert.Equal(first.Filter, lines[first.Line - 1].Substring(first.Column - 1, first.Filter.Length));
    }

    [Fact]
    public void Other_rules_get_no_filters()
    {
        var set = ExclusionSet.Load(TestData.SeedExclusions);

        Assert.Empty(set.For("620a171b-e35d-43cd-8544-b725421e3364", "DeviceNetworkEvents", TestData.Defender("DeviceNetworkEvents")));
        Assert.Equal(5, set.For(TestData.SeedRuleId.ToUpperInvariant(), "DeviceNetworkEvents", TestData.Defender("DeviceNetworkEvents")).Count);
    }

    [Fact]
    public void Rule_ids_that_no_loaded_rule_has_are_warned_about()
    {
        var set = ExclusionSet.Load(TestData.SeedExclusions);

        Assert.Empty(set.CheckRuleIds([TestData.SeedRuleId]));
        var warnings = set.CheckRuleIds(["620a171b-e35d-43cd-8544-b725421e3364"]);
        Assert.Equal(5, warnings.Count);
        Assert.Equal($"{TestData.SeedExclusions}:10:13: warning EXCL011: exclusion 'servereye-scheduled-monitoring' names the rule {TestData.SeedRuleId}, "
            + "which is not among the loaded rules", warnings[0].ToString());
    }

    [Fact]
    public void The_seed_text_with_its_trailing_note_is_an_error_at_the_note()
    {
        const string line = "    filter: 'process.command_line:\"ServerEyeLogCollector.exe\" or network.destination_port:\"514\" (syslog)'";
        var set = ExclusionSet.Parse("exclusions:\n  - id: logs\n    rules: ['*']\n" + line + "\n", "x.yaml");

        Assert.Empty(set.Exclusions);
        var error = Assert.Single(set.Errors);
        Assert.Equal((HuntingCodes.FilterSyntax, 4, line.IndexOf("(syslog)") + 1), (error.Code, error.Line, error.Column));
        Assert.StartsWith("unexpected '(' after a complete filter", error.Message);
        Assert.EndsWith("  " + line + "\n  " + new string(' ', line.IndexOf("(syslog)")) + "^\n", error.Format());
    }
}
