using System.Text.Json;

namespace RmmHunt.Cli.Tests;

/// <summary>
/// The sample policy over the sample tenant: ServerEye is sanctioned on servers, TeamViewer on the help
/// desk devices of an Entra group export, and an AnyDesk trial sanction has expired. Sanctioned activity
/// is suppressed and counted; the same tools elsewhere, and every other tool, stay findings.
/// </summary>
public class SanctionedToolsTests
{
    private static readonly string[] Hunt =
    [
        "hunt", "--data", "samples/DeviceNetworkEvents.csv", "samples/DeviceProcessEvents.csv", "samples/DeviceFileCertificateInfo.csv",
        "--now", Rmmhunt.SampleNow, "--format", "json",
    ];

    private static (JsonElement Root, CliResult Run) Report(params string[] extra)
    {
        var run = Rmmhunt.Run([.. Hunt, .. extra]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return (JsonDocument.Parse(run.Stdout).RootElement, run);
    }

    private static HashSet<string> Devices(JsonElement root, string tool) =>
        root.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("tool").GetString() == tool).Select(f => f.GetProperty("device").GetString()!).ToHashSet();

    [Fact]
    public void Sanctioned_devices_drop_out_and_the_rest_remain()
    {
        var (without, _) = Report();
        var (with, run) = Report("--policy", "samples/policy/sanctioned-tools.yaml");

        var serverEye = Devices(without, "ServerEye");
        Assert.Contains(serverEye, d => d.StartsWith("srv-"));
        Assert.Contains(serverEye, d => !d.StartsWith("srv-"));
        Assert.Equal(serverEye.Where(d => !d.StartsWith("srv-")).ToHashSet(), Devices(with, "ServerEye"));

        // TeamViewer: the help desk workstation of the group export is sanctioned, the server is not.
        Assert.Contains("ws-sb-103.corp.contoso.de", Devices(without, "TeamViewer"));
        Assert.Equal(Devices(without, "TeamViewer").Where(d => d != "ws-sb-103.corp.contoso.de").ToHashSet(), Devices(with, "TeamViewer"));

        // The expired AnyDesk sanction no longer applies, and says so.
        Assert.Equal(Devices(without, "AnyDesk"), Devices(with, "AnyDesk"));
        Assert.Contains("EXCL013", run.Stderr);

        var suppressions = with.GetProperty("suppressions").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.True(suppressions["sanctioned:servereye"].GetProperty("events").GetInt64() > 0);
        Assert.Equal("msp-operations@contoso.de", suppressions["sanctioned:servereye"].GetProperty("owner").GetString());
        Assert.True(suppressions["sanctioned:anydesk"].GetProperty("expired").GetBoolean());
        Assert.Equal(0, suppressions["sanctioned:anydesk"].GetProperty("events").GetInt64());
        var tools = with.GetProperty("tools").EnumerateArray().ToDictionary(t => t.GetProperty("tool").GetString()!);
        Assert.Equal(suppressions["sanctioned:servereye"].GetProperty("events").GetInt64(), tools["ServerEye"].GetProperty("suppressedEvents").GetInt64());
    }

    [Fact]
    public void A_watchlist_option_serves_a_csv_to_the_rules()
    {
        using var scratch = new ScratchFolder();
        string list = scratch.Write("servers.csv", "Name,Role\nsrv-fs01.corp.contoso.de,file server\n");
        string rule = scratch.Write("rules/watch.yaml", """
            id: 0d6f4b3e-2f5a-4e8b-9a51-000000000001
            name: Connections from watched servers
            query: |
              DeviceNetworkEvents
              | where DeviceName in~ ((_GetWatchlist('servers') | project SearchKey))
              | summarize Count = count() by DeviceName
            """);
        var run = Rmmhunt.Run("hunt", "--data", Rmmhunt.SampleCsv, "--rules", rule, "--watchlist", $"servers={list}", "--now", Rmmhunt.SampleNow, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var rows = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("rules")[0].GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal("srv-fs01.corp.contoso.de", Assert.Single(rows).GetProperty("DeviceName").GetString());

        var missing = Rmmhunt.Run("hunt", "--data", Rmmhunt.SampleCsv, "--rules", rule, "--now", Rmmhunt.SampleNow);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("--watchlist servers=FILE", missing.Stderr);
    }
}
