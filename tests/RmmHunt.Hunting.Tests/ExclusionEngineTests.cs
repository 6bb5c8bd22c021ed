using RmmHunt.Hunting.Exclusions;
using RmmHunt.Hunting.Rules;
using RmmHunt.Kql.Text;

namespace RmmHunt.Hunting.Tests;

/// <summary>Translated exclusions run in the engine: which events they remove, and how many each one counts.</summary>
public class ExclusionEngineTests
{
    // ServerEye connections to server-eye.de; the last row is older than the rule's 5-day window.
    private const string SeedEvents = """
        datatable(Timestamp:datetime, DeviceId:string, DeviceName:string, RemoteIP:string, RemotePort:int, RemoteUrl:string,
                  InitiatingProcessFileName:string, InitiatingProcessParentFileName:string, InitiatingProcessAccountName:string,
                  InitiatingProcessCommandLine:string, InitiatingProcessVersionInfoCompanyName:string,
                  InitiatingProcessVersionInfoProductName:string, ReportId:long)
        [
          datetime(2024-10-06T10:00:00Z), "d1", "pc1", "203.0.113.5", int(443), "occ.server-eye.de", "ServerEyeMonitor.exe", "services.exe", "system", "ServerEyeMonitor.exe", "Krämer IT Solutions GmbH", "ServerEye", 1,
          datetime(2024-10-06T10:01:00Z), "d1", "pc1", "203.0.113.5", int(443), "occ.server-eye.de", "ServerEye.Service.exe", "TASK SCHEDULER", "system", "svc.exe", "Krämer IT Solutions GmbH", "ServerEye", 2,
          datetime(2024-10-06T10:02:00Z), "d2", "pc2", "203.0.113.5", int(443), "occ.server-eye.de", "ServerEye.Service.exe", "services.exe", "Admin_User", "svc.exe", "Krämer IT Solutions GmbH", "ServerEye", 3,
          datetime(2024-10-06T10:03:00Z), "d2", "pc2", "203.0.113.5", int(443), "occ.server-eye.de", "ServerEye.Service.exe", "services.exe", "system", @"C:\Program Files\Server-Eye\serverEyeUpdate.exe /q", "Krämer IT Solutions GmbH", "Server-Eye", 4,
          datetime(2024-10-06T10:04:00Z), "d3", "pc3", "203.0.113.5", int(443), "occ.server-eye.de", "ServerEye.Service.exe", "mstsc.exe", "alice", "svc.exe", "Krämer IT Solutions GmbH", "ServerEye", 5,
          datetime(2024-10-06T10:05:00Z), "d3", "pc3", "192.168.1.20", int(443), "occ.server-eye.de", "ServerEye.Service.exe", "services.exe", "system", "svc.exe", "Krämer IT Solutions GmbH", "ServerEye", 6,
          datetime(2024-10-06T10:06:00Z), "d4", "pc4", "203.0.113.9", int(514), "occ.server-eye.de", "ServerEye.Service.exe", "services.exe", "system", "svc.exe", "Krämer IT Solutions GmbH", "ServerEye", 7,
          datetime(2024-10-06T10:07:00Z), "d4", "pc4", "10.0.0.5", int(514), "occ.server-eye.de", "ServerEye.Service.exe", "services.exe", "system", "svc.exe", "Krämer IT Solutions GmbH", "ServerEye", 8,
          datetime(2024-10-06T10:08:00Z), "d5", "pc5", "203.0.113.7", int(443), "occ.server-eye.de", "ServerEye.Service.exe", "services.exe", "system", "svc.exe", "Krämer IT Solutions GmbH", "ServerEye", 9,
          datetime(2024-10-06T10:09:00Z), "d5", "pc5", "172.32.0.1", int(443), "occ.server-eye.de", "ServerEye.Service.exe", "services.exe", "system", "svc.exe", "Krämer IT Solutions GmbH", "ServerEye", 10,
          datetime(2024-10-06T10:10:00Z), "d6", "pc6", "", int(null), "occ.server-eye.de", "ServerEye.Service.exe", "", "", "", "Krämer IT Solutions GmbH", "ServerEye", 11,
          datetime(2024-09-01T10:00:00Z), "d1", "pc1", "203.0.113.5", int(443), "occ.server-eye.de", "ServerEyeMonitor.exe", "services.exe", "system", "ServerEyeMonitor.exe", "Krämer IT Solutions GmbH", "ServerEye", 12,
        ]
        """;

    [Fact]
    public void Seed_rule_without_exclusions_finds_every_device()
    {
        var rule = RuleLoader.LoadFile(TestData.SeedRule).Rules.Single();

        var result = EngineRun.Run(rule.QuerySource(), [], EngineRun.Table("DeviceNetworkEvents", SeedEvents));

        Assert.Equal(["d1|pc1|2", "d2|pc2|2", "d3|pc3|2", "d4|pc4|2", "d5|pc5|2", "d6|pc6|1"], Counts(result));
    }

    [Fact]
    public void Seed_rule_with_the_five_seed_exclusions()
    {
        var rule = RuleLoader.LoadFile(TestData.SeedRule).Rules.Single();
        var filters = ExclusionSet.Load(TestData.SeedExclusions).For(rule.Id, "DeviceNetworkEvents", TestData.Defender("DeviceNetworkEvents"));

        var result = EngineRun.Run(rule.QuerySource(), filters, EngineRun.Table("DeviceNetworkEvents", SeedEvents));

        Assert.Equal(["d5|pc5|2", "d6|pc6|1"], Counts(result));
        // Row 8 (10.0.0.5:514) matches two exclusions and counts for both; row 12 is outside the
        // rule's time window, so the exclusion that would match it never sees it.
        Assert.Equal(
            [("servereye-scheduled-monitoring", 2L), ("servereye-agent-update", 2L), ("servereye-remote-desktop", 1L),
             ("servereye-inventory-scan", 2L), ("servereye-log-collection", 2L)],
            filters.Select(f => (f.Id, f.Removed)));
    }

    [Fact]
    public void Removed_events_can_be_listed()
    {
        var filters = ExclusionSet.Load(TestData.SeedExclusions)
            .For(TestData.SeedRuleId, "DeviceNetworkEvents", TestData.Defender("DeviceNetworkEvents"), keepRemoved: true);

        EngineRun.Run(new SourceText("DeviceNetworkEvents | where Timestamp > ago(5d)"), filters, EngineRun.Table("DeviceNetworkEvents", SeedEvents));

        var scan = filters.Single(f => f.Id == "servereye-inventory-scan");
        int reportId = TestData.Defender("DeviceNetworkEvents").IndexOf("ReportId");
        Assert.Equal([6L, 8L], scan.RemovedRows.SelectMany(b => Enumerable.Range(0, b.RowCount).Select(r => b.Columns[reportId]!.GetValue(r))));
    }

    [Fact]
    public void Not_matches_events_that_lack_the_value()
    {
        var set = ExclusionSet.Parse("""
            networks:
              internal_subnet: [10.0.0.0/8]
            exclusions:
              - id: not-https
                rules: ['*']
                filter: 'not network.destination_port:"443"'
              - id: not-internal
                rules: ['*']
                filter: 'not network.destination_ip:"internal_subnet"'
            """, "ex.yaml");
        var table = EngineRun.Table("DeviceNetworkEvents", """
            datatable(ReportId:long, RemoteIP:string, RemotePort:int)
            [1, "10.0.0.1", int(443), 2, "10.0.0.1", int(514), 3, "10.0.0.1", int(null), 4, "fe80::1", int(443), 5, "", int(443), 6, "10.9.9.9", int(443)]
            """);
        var filters = set.For("r", "DeviceNetworkEvents", TestData.Defender("DeviceNetworkEvents"));

        var result = EngineRun.Run(new SourceText("DeviceNetworkEvents | project ReportId"), filters, table);

        Assert.Equal(["1", "6"], result.Text());
        Assert.Equal([("not-https", 2L), ("not-internal", 2L)], filters.Select(f => (f.Id, f.Removed)));
    }

    [Fact]
    public void Quotes_and_backslashes_in_values_match_literally()
    {
        var set = ExclusionSet.Parse("""
            exclusions:
              - id: quoted-path
                rules: ['*']
                filter: 'process.command_line:"\"C:\\Program Files\\Server-Eye\\x.exe\" --run" and not process.name:"x\" or true or \"y"'
            """, "ex.yaml");
        var table = EngineRun.Table("DeviceNetworkEvents", """"
            datatable(ReportId:long, InitiatingProcessCommandLine:string, InitiatingProcessFileName:string)
            [1, @"""C:\Program Files\Server-Eye\x.exe"" --run --now", "x.exe",
             2, @"C:\Program Files\Server-Eye\x.exe --run", "x.exe",
             3, @"""C:\Program Files\Server-Eye\x.exe"" --run", @"x"" or true or ""y"]
            """");
        var filters = set.For("r", "DeviceNetworkEvents", TestData.Defender("DeviceNetworkEvents"));

        var result = EngineRun.Run(new SourceText("DeviceNetworkEvents | project ReportId"), filters, table);

        Assert.Equal(["2", "3"], result.Text());
    }

    private static string[] Counts(Engine.Execution.ResultTable result) =>
        result.Text().Select(row => row.Split('|')).Select(c => $"{c[0]}|{c[1]}|{c[^1]}").Order(StringComparer.Ordinal).ToArray();
}
