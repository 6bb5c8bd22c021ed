using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>Servers accepting connections from workstations: Remote Desktop, and Kerberos/LDAP on the domain controller.</summary>
internal sealed class InboundTrafficScenario : Scenario
{
    private static readonly ProcessLaunch RemoteDesktopService =
        new(WindowsImages.Svchost, "svchost.exe -k NetworkService -s TermService", ProcessLifetime.Service, "services.exe");

    private static readonly ProcessLaunch SecurityAuthority =
        new(WindowsImages.Lsass, @"C:\Windows\system32\lsass.exe", ProcessLifetime.Service, "wininit.exe");

    public override IReadOnlyList<string> Categories { get; } = [RowCategory.Ordinary("inbound")];

    public override void Fill(NetworkEvent e, ScenarioContext context)
    {
        var random = context.Random;
        var client = random.Pick(context.Fleet.Workstations);
        bool toDomainController = random.Chance(0.6);
        var server = toDomainController ? context.Fleet.DnsServer : random.Pick(context.Fleet.Servers);
        context.OnDevice(e, server);
        if (toDomainController) ProcessStamp.Apply(e, server, SecurityAuthority, Account.System);
        else ProcessStamp.Apply(e, server, RemoteDesktopService, Account.NetworkService);
        e.ActionType = "InboundConnectionAccepted";
        e.RemoteIP = client.LocalIp;
        e.RemotePort = ConnectionStamp.EphemeralPort(random);
        e.LocalIP = server.LocalIp;
        e.LocalPort = toDomainController ? (random.Chance(0.5) ? 88 : 389) : 3389;
        e.Protocol = "Tcp";
        e.LocalIPType = AddressBook.TypeOf(server.LocalIp);
        e.RemoteIPType = AddressBook.TypeOf(client.LocalIp);
        e.Category = Categories[0];
    }
}
