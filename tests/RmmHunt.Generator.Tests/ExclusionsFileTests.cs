using RmmHunt.Generator.Truth;
using RmmHunt.Testing;
using YamlDotNet.RepresentationModel;

namespace RmmHunt.Generator.Tests;

/// <summary>samples/exclusions.yaml says what the truth assumes, and keeps the seed's filter text verbatim.</summary>
public class ExclusionsFileTests
{
    private static readonly YamlMappingNode Document = Load();

    [Fact]
    public void The_internal_subnet_is_the_one_the_truth_uses()
    {
        var subnet = (YamlSequenceNode)((YamlMappingNode)Document["networks"])["internal_subnet"];
        Assert.Equal(InternalSubnets.Cidrs, subnet.Select(n => n.ToString()));
    }

    [Fact]
    public void Each_exclusion_has_the_truths_id_rule_and_filter()
    {
        var entries = ((YamlSequenceNode)Document["exclusions"]).Cast<YamlMappingNode>().ToArray();
        Assert.Equal(ServerEyeExclusions.All.Select(x => x.Id), entries.Select(e => e["id"].ToString()));
        foreach (var (exclusion, entry) in ServerEyeExclusions.All.Zip(entries))
        {
            Assert.Equal(exclusion.Filter, entry["filter"].ToString());
            Assert.Equal([ServerEyeNetworkRule.Id], ((YamlSequenceNode)entry["rules"]).Select(n => n.ToString()));
            Assert.StartsWith(exclusion.Scenario, entry["description"].ToString());
        }
    }

    [Fact]
    public void The_filters_are_the_seeds_filters_without_the_trailing_comment()
    {
        var seedFilters = File.ReadAllLines(Path.Combine(RepoPaths.Shared, "seed", "servereye-network-connection.txt"))
            .Where(l => l.StartsWith("Filter/Exclusion: ", StringComparison.Ordinal))
            .Select(l => l["Filter/Exclusion: ".Length..].Replace(" (syslog)", "").Trim());
        Assert.Equal(seedFilters, ServerEyeExclusions.All.Select(x => x.Filter));
    }

    private static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepoPaths.Samples, SampleDataset.ExclusionsFileName));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }
}
