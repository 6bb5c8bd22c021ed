using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>The DNS client service asking the domain controller; UDP 53, no RemoteUrl.</summary>
internal sealed class DnsClientScenario : Scenario
{
    private static readonly ProcessLaunch DnsCache =
        new(WindowsImages.Svchost, "svchost.exe -k NetworkService -p -s Dnscache", ProcessLifetime.Service, "services.exe");

    public override IReadOnlyList<string> Categories { get; } = [RowCategory.Ordinary("dns-client")];

    public override void Fill(NetworkEvent e, ScenarioContext context)
    {
        var random = context.Random;
        var device = random.Pick(context.Fleet.Devices);
        string dnsServer = device == context.Fleet.DnsServer ? "127.0.0.1" : context.Fleet.DnsServer.LocalIp;
        context.OnDevice(e, device);
        ProcessStamp.Apply(e, device, DnsCache, Account.NetworkService);
        ConnectionStamp.Outbound(e, device, new Destination(null, 53, "Udp", [dnsServer]), random, failureRate: 0.005);
        e.Category = Categories[0];
    }
}
