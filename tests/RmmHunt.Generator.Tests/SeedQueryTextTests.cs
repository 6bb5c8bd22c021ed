using RmmHunt.Generator.Truth;
using RmmHunt.Testing;

namespace RmmHunt.Generator.Tests;

/// <summary>The seed rule's query as the tests and benchmarks run it is the text of the rule file, line for line.</summary>
public class SeedQueryTextTests
{
    [Fact]
    public void The_query_text_is_the_block_of_the_seed_rule_file()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Rules, "seed", "rmm_ServerEye_netconn.yaml"));
        int start = Array.IndexOf(lines, "query: |") + 1;
        Assert.True(start > 0, "the seed rule has no 'query: |' block");
        // A literal block: the lines indented under the key, its two-space indentation removed.
        var block = lines.Skip(start).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
        Assert.Equal(block, ServerEyeNetworkRule.QueryLines);
        Assert.Equal(string.Join("\n", block) + "\n", ServerEyeNetworkRule.Query);
    }
}
