using RmmHunt.Generator.Truth;
using RmmHunt.Hunting.Rules;
using RmmHunt.Kql;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Hunting.Tests;

public class SeedRuleTests
{
    // The query of rmm_ServerEye_netconn.yaml line by line, indentation removed, trailing spaces kept (held to
    // the file's text by the generator's tests; here it is what the rule loader must give).
    private static IReadOnlyList<string> SeedQueryLines => ServerEyeNetworkRule.QueryLines;

    [Fact]
    public void Seed_rule_loads_with_its_metadata()
    {
        var result = RuleLoader.LoadFile(TestData.SeedRule);

        Assert.Empty(result.Errors);
        var rule = Assert.Single(result.Rules);
        Assert.Equal(TestData.SeedRuleId, rule.Id);
        Assert.Equal("Remote Management and Monitoring tool - ServerEye - Network Connection", rule.Name);
        Assert.StartsWith("Remote Monitoring and Management (RMM) programs are IT to manage remote endpoints.", rule.Description);
        Assert.Equal(["CommandAndControl"], rule.Tactics);
        Assert.Equal(["T1219"], rule.RelevantTechniques);
        var connector = Assert.Single(rule.RequiredDataConnectors);
        Assert.Equal("MicrosoftThreatProtection", connector.ConnectorId);
        Assert.Equal(["DeviceNetworkEvents"], connector.DataTypes);
        Assert.Empty(rule.EntityMappings);
        Assert.Null(rule.Severity);
        Assert.Equal(TestData.SeedRule, rule.SourcePath);
    }

    [Fact]
    public void Seed_query_is_exactly_the_text_of_the_file()
    {
        var rule = RuleLoader.LoadFile(TestData.SeedRule).Rules.Single();

        // A "|" block keeps line breaks and trailing spaces, cuts the indentation, and keeps one final newline.
        Assert.Equal(string.Join("\n", SeedQueryLines) + "\n", rule.Query);
        Assert.Equal(13, rule.QueryLine);
        Assert.Equal(3, rule.QueryColumn);

        var fileLines = File.ReadAllLines(TestData.SeedRule);
        for (int i = 0; i < SeedQueryLines.Count; i++)
            Assert.Equal(fileLines[rule.QueryLine - 1 + i], new string(' ', rule.QueryColumn - 1) + SeedQueryLines[i]);
    }

    [Fact]
    public void Seed_query_compiles_against_DeviceNetworkEvents()
    {
        var rule = RuleLoader.LoadFile(TestData.SeedRule).Rules.Single();

        var compilation = KqlCompilation.Compile(rule.QuerySource(), new SchemaSet([TestData.Defender("DeviceNetworkEvents")]));

        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
    }

    [Fact]
    public void A_query_error_points_into_the_seed_file()
    {
        var rule = RuleLoader.LoadFile(TestData.SeedRule).Rules.Single();
        var schema = new TableSchema("DeviceNetworkEvents", TestData.Defender("DeviceNetworkEvents").Columns.Where(c => c.Name != "RemoteUrl"));

        var compilation = KqlCompilation.Compile(rule.QuerySource(), new SchemaSet([schema]));

        // Query line 6 "| where RemoteUrl has ..." is file line 18; RemoteUrl is at query column 9, file column 11.
        Assert.Contains($"{TestData.SeedRule}:18:11: error KQL031", compilation.FormatDiagnostics());
    }
}
