using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Catalog;

/// <summary>
/// Other RMM agents with the domains and signer names listed in the LOLRMM and RemoteManagementMonitoringTools
/// catalogues (reference/rmm). Relay and instance host names follow the catalogues' patterns
/// (e.g. relay-[a-f0-9]{8}.net.anydesk.com, instance-*-relay.screenconnect.com).
/// </summary>
internal static class OtherRmmTools
{
    private const string ScreenConnectDir = @"C:\Program Files (x86)\ScreenConnect Client (6b2d61c1e4f3a5b9)";

    public static IReadOnlyList<RmmTool> All { get; } =
    [
        new("anydesk",
            ServiceAgent(new(@"C:\Program Files (x86)\AnyDesk\AnyDesk.exe", "AnyDesk Software GmbH", "AnyDesk", "8.1.0", "AnyDesk", 5_281_560), "--service"),
            [.. Hosts(443, "boot.net.anydesk.com", "relay-4a6c1f02.net.anydesk.com", "api.playanext.com"), .. Hosts(6568, "relay-9e27b6d1.net.anydesk.com")]),
        new("teamviewer",
            ServiceAgent(new(@"C:\Program Files\TeamViewer\TeamViewer_Service.exe", "TeamViewer Germany GmbH", "TeamViewer", "15.58.5.0", "TeamViewer 15", 19_548_112)),
            [.. Hosts(5938, "router13.teamviewer.com", "router7.teamviewer.com"), .. Hosts(443, "master15.teamviewer.com", "client.teamviewer.com", "ping3.teamviewer.com")]),
        new("screenconnect",
            ServiceAgent(new(ScreenConnectDir + @"\ScreenConnect.ClientService.exe", "ConnectWise, LLC", "ScreenConnect", "24.2.8.8999", "ScreenConnect Client Service", 95_672),
                "\"?e=Access&y=Guest&h=instance-7kx2qd-relay.screenconnect.com&p=443&s=3f0c6d1e-8a54-4e2b-9b1f-0d7e5c4a2b61&k=BgIAAACkAABSU0ExAAgAAAEAAQ\""),
            Hosts(443, "instance-7kx2qd-relay.screenconnect.com", "control.connectwise.com")),
        new("atera",
            ServiceAgent(new(@"C:\Program Files\ATERA Networks\AteraAgent\AteraAgent.exe", "Atera Networks Ltd", "AteraAgent", "1.8.7.2", "AteraAgent", 165_768)),
            Hosts(443, "agent-api.atera.com", "pubsub.atera.com", "agenthb.atera.com", "ps.atera.com", "atera-agent-heartbeat.servicebus.windows.net")),
        new("splashtop",
            ServiceAgent(new(@"C:\Program Files (x86)\Splashtop\Splashtop Remote\Server\SRService.exe", "Splashtop Inc.", "Splashtop Streamer", "3.7.2.0", "Splashtop Remote Service", 3_322_336)),
            Hosts(443, "api.splashtop.com", "relay.splashtop.com", "st-v3-dc.splashtop.com")),
        new("ninjarmm",
            ServiceAgent(new(@"C:\Program Files (x86)\contoso-5.8.9154\NinjaRMMAgent.exe", "NinjaRMM LLC", "NinjaRMMAgent", "5.8.9154", "NinjaRMMAgent", 14_938_624)),
            Hosts(443, "eu.ninjarmm.com", "resources.ninjarmm.com", "eu-agent.ninjarmm.com")),
    ];

    private static ProcessLaunch ServiceAgent(ProcessImage image, string arguments = "") => ProcessLaunch.Service(image, arguments);

    private static IReadOnlyList<Destination> Hosts(int port, params string[] hosts) =>
        hosts.Select(h => new Destination(h, port, "Tcp", AddressBook.PublicAddresses(h))).ToArray();
}
