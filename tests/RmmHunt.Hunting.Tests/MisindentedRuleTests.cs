using RmmHunt.Hunting.Rules;
using RmmHunt.Kql.Diagnostics;

namespace RmmHunt.Hunting.Tests;

/// <summary>
/// The jischell-msft RMM rules put <c>dataTypes</c> at the dash's column under <c>requiredDataConnectors</c>;
/// the loader reads them as intended, with a warning (see <c>DataTypesIndentationRepair</c>).
/// </summary>
public class MisindentedRuleTests
{
    [Theory]
    [InlineData("rmm_ServerEye_netconn.yaml", "8f8aa8e8-90a1-43cf-852c-ba54c63a973d", "DeviceNetworkEvents")]
    [InlineData("rmm_ServerEye_createproc.yaml", "620a171b-e35d-43cd-8544-b725421e3364", "DeviceProcessEvents")]
    [InlineData("rmm_ServerEye_filesig.yaml", "44a7b71e-ad89-49fd-b540-a73c83c6f8c5", "DeviceFileCertificateInfo")]
    public void ServerEye_files_load_with_a_warning(string file, string id, string table)
    {
        string path = Path.Combine(TestData.JischellServerEye, file);

        var result = RuleLoader.LoadFile(path);

        var warning = Assert.Single(result.Errors);
        Assert.Equal((Severity.Warning, HuntingCodes.RuleRepairedIndentation, 8, 5), (warning.Severity, warning.Code, warning.Line, warning.Column));
        Assert.Equal($"{path}:8:5: warning RULE003: 'dataTypes' is indented like the '-' of its connector instead of like 'connectorId' "
            + "(a known quirk of the jischell-msft RMM rules); read as if it were at column 7", warning.ToString());
        var rule = Assert.Single(result.Rules);
        Assert.Equal(id, rule.Id);
        Assert.Equal([new DataConnector("MicrosoftThreatProtection", [table])], rule.RequiredDataConnectors);
        Assert.Equal(["CommandAndControl"], rule.Tactics);
        // The repair moves no line, so the query's position in the CRLF file is exact.
        Assert.Equal((13, 3), (rule.QueryLine, rule.QueryColumn));
        Assert.StartsWith("let Time_start = now(-5d);\nlet Time_end = now();\n//\n", rule.Query);
        Assert.DoesNotContain('\r', rule.Query);
        Assert.Contains("'Krämer IT Solutions GmbH'", rule.Query);
    }

    [Fact]
    public void Upstream_netconn_query_differs_from_the_seed_only_by_AccountUpn()
    {
        var upstream = RuleLoader.LoadFile(Path.Combine(TestData.JischellServerEye, "rmm_ServerEye_netconn.yaml")).Rules.Single();
        var seed = RuleLoader.LoadFile(TestData.SeedRule).Rules.Single();

        Assert.Equal(seed.Query, upstream.Query.Replace("DeviceName,\n    AccountUpn, RemoteUrl ", "DeviceName,\n    RemoteUrl "));
    }

    [Fact]
    public void Strict_mode_reports_the_mis_indentation()
    {
        string path = Path.Combine(TestData.JischellServerEye, "rmm_ServerEye_netconn.yaml");

        var result = RuleLoader.LoadFile(path, new RuleLoadOptions { RepairDataTypesIndentation = false });

        Assert.Empty(result.Rules);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"{path}:8:5: error YAML001: invalid YAML: While parsing a block collection, did not find expected '-' indicator.", error.ToString());
    }

    [Fact]
    public void Every_jischell_rule_loads_with_one_warning()
    {
        var result = RuleLoader.LoadDirectory(Path.Combine(TestData.Jischell, "RMM"));
        var indicators = RuleLoader.LoadDirectory(Path.Combine(TestData.Jischell, "Network Indicators"));

        Assert.Equal(167, result.Rules.Count);
        Assert.Single(indicators.Rules);
        var problems = result.Errors.Concat(indicators.Errors).ToList();
        Assert.All(problems, p => Assert.Equal(HuntingCodes.RuleRepairedIndentation, p.Code));
        Assert.Equal(168, problems.Select(p => p.Path).Distinct().Count());
        Assert.Equal(168, problems.Count);
    }

    [Fact]
    public void Templates_with_placeholders_stay_errors()
    {
        var result = RuleLoader.LoadDirectory(Path.Combine(TestData.Jischell, "_Templates"));

        Assert.Empty(result.Rules);
        Assert.Equal(3, result.Errors.Count(e => e.IsError));
    }

    [Fact]
    public void Only_the_known_shape_is_repaired()
    {
        // dataTypes whose items sit at the dash's column too: a different shape, left to the parser.
        var result = RuleLoader.Parse("id: x\nrequiredDataConnectors:\n  - connectorId: C\n  dataTypes:\n  - T\nquery: T\n", "rule.yaml");

        Assert.Empty(result.Rules);
        Assert.Equal(HuntingCodes.YamlSyntax, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Several_connectors_and_inline_data_types_are_repaired()
    {
        var result = RuleLoader.Parse(
            "id: x\nrequiredDataConnectors:\n  -   connectorId: A\n  dataTypes: [T1, T2]\n  - connectorId: B\n  dataTypes:\n      - T3\nquery: T\n", "rule.yaml");

        Assert.Equal([(4, 3), (6, 3)], result.Errors.Select(e => (e.Line, e.Column)));
        Assert.Equal([new DataConnector("A", ["T1", "T2"]), new DataConnector("B", ["T3"])], result.Rules.Single().RequiredDataConnectors);
    }
}
