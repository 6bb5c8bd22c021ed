using RmmHunt.Hunting.Rules;
using RmmHunt.Hunting.Yaml;
using RmmHunt.Kql.Diagnostics;

namespace RmmHunt.Hunting.Tests;

public class RuleLoaderTests
{
    private static RuleLoadResult Parse(string yaml, RuleLoadOptions? options = null) => RuleLoader.Parse(yaml, "rule.yaml", options);

    private static RuleLoadError SingleError(RuleLoadResult result)
    {
        Assert.Empty(result.Rules);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Tactics_and_techniques_may_be_text_or_lists()
    {
        var one = Parse("id: a\ntactics: Execution\nrelevantTechniques: T1059\nquery: T\n").Rules.Single();
        var many = Parse("id: b\ntactics: [Execution, Persistence]\nrelevantTechniques:\n  - T1059\n  - T1546\nquery: T\n").Rules.Single();
        var none = Parse("id: c\ntactics:\nquery: T\n").Rules.Single();

        Assert.Equal(["Execution"], one.Tactics);
        Assert.Equal(["T1059"], one.RelevantTechniques);
        Assert.Equal(["Execution", "Persistence"], many.Tactics);
        Assert.Equal(["T1059", "T1546"], many.RelevantTechniques);
        Assert.Empty(none.Tactics);
    }

    [Fact]
    public void Analytic_rule_with_entity_mappings()
    {
        var result = RuleLoader.LoadFile(TestData.Sunburst);

        Assert.Empty(result.Errors);
        var rule = result.Rules.Single();
        Assert.Equal("ce1e7025-866c-41f3-9b08-ec170e05e73e", rule.Id);
        Assert.Equal(["Execution", "Persistence", "InitialAccess"], rule.Tactics);
        Assert.Equal(["T1195", "T1059", "T1546"], rule.RelevantTechniques);
        Assert.Equal(("Medium", "1.0.4", "Scheduled"), (rule.Severity, rule.Version, rule.Kind));
        Assert.Equal(["DeviceNetworkEvents"], rule.DataTypes);
        Assert.Equal(["Account", "Host", "IP", "URL", "FileHash"], rule.EntityMappings.Select(e => e.EntityType));
        Assert.Equal([new FieldMapping("HostName", "HostName"), new FieldMapping("DnsDomain", "DnsDomain")], rule.EntityMappings[1].FieldMappings);
        Assert.StartsWith("let SunburstURL=dynamic([", rule.Query);
        Assert.Equal((27, 3), (rule.QueryLine, rule.QueryColumn)); // "query:  |" on line 26
    }

    [Fact]
    public void Broken_yaml_reports_file_line_and_column()
    {
        var error = SingleError(Parse("id: x\nname: n\n  description: bad\nquery: T\n"));

        Assert.Equal(("rule.yaml", 3, 14, HuntingCodes.YamlSyntax), (error.Path, error.Line, error.Column, error.Code));
        Assert.StartsWith("rule.yaml:3:14: error YAML001: invalid YAML: ", error.ToString());
        Assert.Equal("rule.yaml:3:14: error YAML001: invalid YAML: While scanning a plain scalar value, found invalid mapping.\n  "
            + "  description: bad\n               ^\n", error.Format());
    }

    [Fact]
    public void A_parser_failure_without_a_position_still_gets_one()
    {
        // YamlDotNet throws InvalidOperationException here rather than a YamlException.
        var error = SingleError(Parse("id: x\ntactics: [a, b\nquery: |\n  T\n"));

        Assert.Equal((2, 12, HuntingCodes.YamlSyntax), (error.Line, error.Column, error.Code));
    }

    [Theory]
    [InlineData("id: x\nname: n\n", "query", 1, 1)]
    [InlineData("name: n\nquery: T\n", "id", 1, 1)]
    [InlineData("id: x\nquery:\n", "query", 2, 7)]
    public void Missing_required_field_names_the_field(string yaml, string field, int line, int column)
    {
        var error = SingleError(Parse(yaml));

        Assert.Equal((HuntingCodes.RuleMissingField, line, column), (error.Code, error.Line, error.Column));
        Assert.Equal($"rule.yaml:{line}:{column}: error RULE001: the rule has no '{field}', which is required", error.ToString());
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported()
    {
        var result = Parse("name: [n]\ntactics: {a: b}\nrequiredDataConnectors:\n  - dataTypes: [T]\n");

        Assert.Empty(result.Rules);
        Assert.Equal(
            ["rule.yaml:1:1: error RULE001: the rule has no 'id', which is required",
             "rule.yaml:1:1: error RULE001: the rule has no 'query', which is required",
             "rule.yaml:1:7: error RULE002: 'name' must be text, but it is a list",
             "rule.yaml:2:10: error RULE002: 'tactics' must be text or a list of text, but it is a mapping",
             "rule.yaml:4:5: error RULE001: a required data connector has no 'connectorId', which is required"],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Not_a_mapping()
    {
        var error = SingleError(Parse("- a\n- b\n"));

        Assert.Equal(HuntingCodes.RuleFieldShape, error.Code);
        Assert.Contains("must be a mapping", error.Message);
    }

    [Theory]
    [InlineData("", HuntingCodes.YamlDocument, "no YAML document")]
    [InlineData("id: a\nquery: T\n---\nid: b\nquery: T\n", HuntingCodes.YamlDocument, "more than one YAML document")]
    [InlineData("id: a\nquery: T\nid: b\n", HuntingCodes.YamlDuplicateKey, "the key 'id' appears twice")]
    [InlineData("id: &x a\nquery: *x\n", HuntingCodes.YamlAlias, "aliases (*x) are not supported")]
    public void Malformed_documents(string yaml, string code, string message)
    {
        var error = SingleError(Parse(yaml));

        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Unreadable_file_is_an_error_not_an_exception()
    {
        var result = RuleLoader.LoadFile(Path.Combine(Path.GetTempPath(), "no-such-rule-" + Guid.NewGuid() + ".yaml"));

        Assert.Equal(HuntingCodes.FileUnreadable, SingleError(result).Code);
    }

    [Fact]
    public void Directory_loading_goes_on_after_a_bad_file_and_reports_duplicate_ids()
    {
        using var dir = new TempDirectory();
        dir.Write("a/good.yaml", "id: one\nquery: T\n");
        dir.Write("a/b/broken.yml", "id: two\nquery: [\n");
        dir.Write("c/again.YAML", "id: ONE\nquery: T\n");
        dir.Write("c/notes.md", "not a rule");
        dir.Write(".git/ignored.yaml", "not: [a rule");

        var result = RuleLoader.Load(dir.Path);

        Assert.Equal(["one"], result.Rules.Select(r => r.Id));
        Assert.Equal(
            [(Path.Combine(dir.Path, "a", "b", "broken.yml"), HuntingCodes.YamlSyntax),
             (Path.Combine(dir.Path, "c", "again.YAML"), HuntingCodes.RuleDuplicateId)],
            result.Errors.Select(e => (e.Path, e.Code)));
        Assert.Contains("already used by " + Path.Combine(dir.Path, "a", "good.yaml"), result.Errors[1].Message);
    }

    [Fact]
    public void Sentinel_RMM_hunting_queries_all_load()
    {
        var result = RuleLoader.LoadDirectory(TestData.SentinelRmm);

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Rules.Count);
    }
}
