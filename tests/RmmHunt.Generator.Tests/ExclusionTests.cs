using RmmHunt.Generator.Internals.Model;
using RmmHunt.Generator.Tests.Support;
using RmmHunt.Generator.Truth;

namespace RmmHunt.Generator.Tests;

/// <summary>Field semantics of the seed's exclusions on hand-made rows: equality ignoring case, substring, subnet, port.</summary>
public class ExclusionTests
{
    private static readonly DateTime Now = new(2024, 10, 7, 0, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, string, string, bool> Cases => new()
    {
        { "servereye-scheduled-monitoring", "parent", "Task Scheduler", true },
        { "servereye-scheduled-monitoring", "parent", "task scheduler", true },
        { "servereye-scheduled-monitoring", "parent", "taskhostw.exe", false },
        { "servereye-scheduled-monitoring", "process", "SERVEREYEMONITOR.EXE", true },
        { "servereye-scheduled-monitoring", "process", "ServerEyeMonitorSvc.exe", false },
        { "servereye-agent-update", "user", "Admin_User", true },
        { "servereye-agent-update", "user", "admin_user2", false },
        { "servereye-agent-update", "command", "\"C:\\x\\servereyeupdate.exe\" /silent", true },
        { "servereye-agent-update", "command", "\"C:\\x\\ServerEyeUpdater.exe\" /check", false },
        { "servereye-remote-desktop", "parent", "mstsc.exe", true },
        { "servereye-remote-desktop", "parent", "TSCLIENT.EXE", true },
        { "servereye-remote-desktop", "parent", "rdpclip.exe", false },
        { "servereye-network-inventory", "command", "ServerEyeScan.exe --inventory", true },
        { "servereye-network-inventory", "ip", "172.16.40.12", true },
        { "servereye-network-inventory", "ip", "172.32.18.7", false },
        { "servereye-log-collection", "command", "x ServerEyeLogCollector.exe -forward", true },
        { "servereye-log-collection", "port", "514", true },
        { "servereye-log-collection", "port", "5140", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_condition_has_the_documented_field_semantics(string exclusionId, string field, string value, bool removed)
    {
        var row = HandMadeRow.Matching(Now);
        Set(row, field, value);
        var exclusion = ServerEyeExclusions.All.Single(x => x.Id == exclusionId);
        Assert.Equal(removed, exclusion.Matches(row));
    }

    [Fact]
    public void A_plain_agent_row_is_not_excluded() =>
        Assert.DoesNotContain(ServerEyeExclusions.All, x => x.Matches(HandMadeRow.Matching(Now)));

    private static void Set(NetworkEvent row, string field, string value)
    {
        switch (field)
        {
            case "parent": row.InitiatingProcessParentFileName = value; break;
            case "process": row.InitiatingProcessFileName = value; break;
            case "user": row.InitiatingProcessAccountName = value; break;
            case "command": row.InitiatingProcessCommandLine = value; break;
            case "ip": row.RemoteIP = value; break;
            case "port": row.RemotePort = int.Parse(value); break;
            default: throw new ArgumentOutOfRangeException(nameof(field));
        }
    }
}
