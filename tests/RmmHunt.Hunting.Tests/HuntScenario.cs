using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Sources;
using RmmHunt.Hunting.Exclusions;
using RmmHunt.Hunting.Rules;
using RmmHunt.Hunting.Runner;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Hunting.Tests;

/// <summary>A small hunt through the real runner: in-memory tables, rules from YAML text, exclusions from YAML text.</summary>
internal static class HuntScenario
{
    /// <summary>Two tools' connections: AnyDesk on three devices, TeamViewer on one of them.</summary>
    public const string Connections = """
        datatable(Timestamp:datetime, DeviceId:string, DeviceName:string, RemoteIP:string, RemotePort:int, RemoteUrl:string, InitiatingProcessFileName:string, ReportId:long)
        [
          datetime(2024-10-06T10:00:00Z), "d1", "hd-pc-01.corp.contoso.com", "203.0.113.1", int(443), "relay-1.net.anydesk.com", "AnyDesk.exe", 1,
          datetime(2024-10-06T10:01:00Z), "d1", "hd-pc-01.corp.contoso.com", "203.0.113.1", int(443), "relay-1.net.anydesk.com", "AnyDesk.exe", 2,
          datetime(2024-10-06T10:02:00Z), "d2", "srv-app01.corp.contoso.com", "203.0.113.2", int(443), "boot.net.anydesk.com", "AnyDesk.exe", 3,
          datetime(2024-10-06T10:03:00Z), "d3", "ws-fin-07.corp.contoso.com", "203.0.113.3", int(514), "boot.net.anydesk.com", "AnyDesk.exe", 4,
          datetime(2024-10-06T10:04:00Z), "d1", "hd-pc-01.corp.contoso.com", "203.0.113.4", int(5938), "router1.teamviewer.com", "TeamViewer.exe", 5,
        ]
        """;

    public static string Rule(string tool, string id, string domain) => $$"""
        id: {{id}}
        name: {{tool}} network
        tags:
          - RMM
          - RmmTool: {{tool}}
        query: |
          DeviceNetworkEvents
          | where Timestamp > now(-5d)
          | where RemoteUrl has '{{domain}}'
          | summarize Count = count() by DeviceName
        """;

    public static IReadOnlyList<HuntingRule> Rules() =>
    [
        RuleLoader.Parse(Rule("AnyDesk", "r-anydesk", "anydesk.com"), "anydesk.yaml").Rules.Single(),
        RuleLoader.Parse(Rule("TeamViewer", "r-teamviewer", "teamviewer.com"), "teamviewer.yaml").Rules.Single(),
    ];

    public static HuntResult Run(ExclusionSet? exclusions, IReadOnlyList<HuntingRule>? rules = null, DateTime? now = null, ISchemaProvider? schemas = null, ITableProvider? tables = null)
    {
        var table = EngineRun.Table("DeviceNetworkEvents", Connections);
        schemas ??= new SchemaSet([TestData.Defender("DeviceNetworkEvents")]);
        tables ??= new TableSet([table]);
        return new HuntRunner(schemas, tables).Run(rules ?? Rules(), exclusions, new HuntOptions(now ?? EngineRun.Now));
    }

    /// <summary>"device=count" per result row of a rule.</summary>
    public static string[] Rows(HuntResult hunt, string ruleId) =>
        hunt.Rules.Single(r => r.Rule.Id == ruleId).Result!.Rows().Select(r => $"{r[0]}={r[1]}").Order().ToArray();

    public static InMemoryTableSource ConnectionsTable() => EngineRun.Table("DeviceNetworkEvents", Connections);
}
