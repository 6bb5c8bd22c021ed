using RmmHunt.Pack;
using RmmHunt.Pack.Catalog;
using RmmHunt.Pack.Generation;
using RmmHunt.Testing;

namespace RmmHunt.Hunting.Tests.Pack;

/// <summary>What the committed catalogue and pack promise: sources per value, reasons per refusal, the seed kept, stable ids.</summary>
public class CatalogueTests
{
    private static readonly RmmCatalog Catalog = CatalogJson.Load(new PackLayout(RepoPaths.Root).CatalogPath);

    [Fact]
    public void Every_tool_has_indicators_and_every_value_its_sources()
    {
        Assert.NotEmpty(Catalog.Tools);
        foreach (var tool in Catalog.Tools)
        {
            Assert.True(tool.HasIndicators, tool.Id);
            foreach (var field in IndicatorField.All)
                Assert.All(tool.Field(field), i => Assert.NotEmpty(i.Sources));
            Assert.All(tool.Rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        }
        Assert.Equal(Catalog.Tools.Count, Catalog.Tools.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void Both_catalogues_contribute()
    {
        Assert.Contains(Catalog.Tools, t => t.Entries.Any(e => e.StartsWith("jischell:")) && t.Entries.Any(e => e.StartsWith("lolrmm:")));
        Assert.Contains(Catalog.Tools, t => t.Entries.All(e => e.StartsWith("lolrmm:")));
        Assert.Equal(["jischell", "lolrmm"], Catalog.Sources.Select(s => s.Key));
    }

    [Fact]
    public void Uncorroborated_signers_of_the_crowd_sourced_catalogue_are_not_hunted_on()
    {
        var deskDay = Catalog.Tools.Single(t => t.Name == "DeskDay");
        Assert.Empty(deskDay.Signers);
        Assert.Contains(deskDay.Rejected, r => r.Field == IndicatorField.Signers && r.Value == "NeoSmart Technologies" && r.Reason.StartsWith("nothing ties it"));
    }

    [Fact]
    public void The_seed_network_rule_stays_the_ServerEye_network_rule()
    {
        var serverEye = Catalog.Find("servereye")!;
        var seed = Assert.Single(serverEye.ExistingRules);
        Assert.Equal((RuleKind.Network.Name, TestData.SeedRuleId), (seed.Kind, seed.Id));
        var rules = RuleDesigner.Design(Catalog);
        var network = rules.Single(r => r.Tool.Id == "servereye" && r.Kind == RuleKind.Network);
        Assert.False(network.IsGenerated);
        Assert.Equal(TestData.SeedRuleId, network.Id);
        Assert.False(Directory.Exists(Path.Combine(RepoPaths.Root, "rules", "pack", "servereye")) && File.Exists(Path.Combine(RepoPaths.Root, "rules", "pack", "servereye", "servereye_network.yaml")));
    }

    [Fact]
    public void Rule_ids_are_name_based_uuids()
    {
        // RFC 9562 appendix: the v5 UUID of www.example.com in the DNS namespace.
        Assert.Equal("2ed6657d-e927-568b-95e1-2665a8aea6a2", RuleIds.Uuid5(Convert.FromHexString("6ba7b8109dad11d180b400c04fd430c8"), "www.example.com"));
        Assert.Equal(RuleIds.For("anydesk", RuleKind.Network), RuleIds.For("anydesk", RuleKind.Network));
        Assert.NotEqual(RuleIds.For("anydesk", RuleKind.Network), RuleIds.For("anydesk", RuleKind.Process));
        var ids = RuleDesigner.Design(Catalog).Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Attack_mapping_follows_the_tool()
    {
        foreach (var rule in RuleDesigner.Design(Catalog).Where(r => r.IsGenerated))
        {
            Assert.Contains("CommandAndControl", rule.Tactics);
            Assert.Equal("T1219", rule.Techniques[0]);
            bool persistence = rule.Kind != RuleKind.Network && rule.Tool.ServiceInstallEvidence.Count > 0;
            Assert.Equal(persistence, rule.Tactics.Contains("Persistence"));
            Assert.Equal(persistence, rule.Techniques.Contains("T1543.003"));
        }
        var anydesk = RuleDesigner.Design(Catalog).Where(r => r.Tool.Id == "anydesk").ToList();
        Assert.All(anydesk, r => Assert.Contains("T1219.002", r.Techniques));
    }
}
