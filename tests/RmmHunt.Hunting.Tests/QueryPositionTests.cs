using RmmHunt.Hunting.Rules;
using RmmHunt.Kql;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Hunting.Tests;

/// <summary>Where a rule's query starts in its file, so that KQL diagnostics point at the right line and column.</summary>
public class QueryPositionTests
{
    private static HuntingRule Load(string yaml)
    {
        var result = RuleLoader.Parse(yaml, "rule.yaml");
        Assert.Empty(result.Errors);
        return result.Rules.Single();
    }

    private static string Errors(HuntingRule rule) =>
        KqlCompilation.Compile(rule.QuerySource(), new SchemaSet([TestData.Defender("DeviceNetworkEvents")])).FormatDiagnostics();

    [Fact]
    public void Query_line_3_column_5_maps_into_a_literal_block()
    {
        var rule = Load("id: x\nname: n\nquery: |\n  DeviceNetworkEvents\n  | where true\n  and Bogus == 1\n");

        Assert.Equal((4, 3), (rule.QueryLine, rule.QueryColumn));
        var source = rule.QuerySource();
        int position = source.LineStart(2) + 4; // query line 3, column 5
        Assert.Equal((6, 7), source.LocationOf(position));
        Assert.StartsWith("rule.yaml:6:7: error KQL031: unknown column 'Bogus'", Errors(rule));
    }

    [Fact]
    public void Deeper_indentation_and_a_comment_on_the_header()
    {
        var rule = Load("id: x\nquery:  | # the hunt\n      DeviceNetworkEvents\n      | where Bogus == 1\n");

        Assert.Equal((3, 7), (rule.QueryLine, rule.QueryColumn));
        Assert.StartsWith("rule.yaml:4:15: error KQL031", Errors(rule));
    }

    [Fact]
    public void Explicit_indentation_indicator_and_strip_chomping()
    {
        var rule = Load("id: x\nquery: |-2\n    DeviceNetworkEvents\n  | where Bogus == 1\n");

        Assert.Equal("  DeviceNetworkEvents\n| where Bogus == 1", rule.Query);
        Assert.Equal((3, 3), (rule.QueryLine, rule.QueryColumn));
        Assert.StartsWith("rule.yaml:4:11: error KQL031", Errors(rule));
    }

    [Fact]
    public void Leading_blank_lines_count_as_query_lines()
    {
        var rule = Load("id: x\nquery: |\n\n  DeviceNetworkEvents\n  | where Bogus == 1\n");

        Assert.Equal((3, 3), (rule.QueryLine, rule.QueryColumn));
        Assert.StartsWith("rule.yaml:5:11: error KQL031", Errors(rule));
    }

    [Fact]
    public void Crlf_line_breaks_read_as_newlines()
    {
        var rule = Load("id: x\r\nquery: |\r\n  DeviceNetworkEvents\r\n  | where Bogus == 1\r\n");

        Assert.Equal("DeviceNetworkEvents\n| where Bogus == 1\n", rule.Query);
        Assert.StartsWith("rule.yaml:4:11: error KQL031", Errors(rule));
    }

    [Theory]
    [InlineData("query: DeviceNetworkEvents | where Bogus == 1", 2, 8, "rule.yaml:2:36:")]
    [InlineData("query: 'DeviceNetworkEvents | where Bogus == 1'", 2, 9, "rule.yaml:2:37:")]
    [InlineData("query: \"DeviceNetworkEvents | where Bogus == 1\"", 2, 9, "rule.yaml:2:37:")]
    public void One_line_queries(string queryLine, int line, int column, string where)
    {
        var rule = Load("id: x\n" + queryLine + "\n");

        Assert.Equal((line, column), (rule.QueryLine, rule.QueryColumn));
        Assert.StartsWith(where, Errors(rule));
    }
}
