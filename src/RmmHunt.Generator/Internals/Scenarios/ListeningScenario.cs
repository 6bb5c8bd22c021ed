using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>Services opening listening sockets: Protocol TcpV4, no remote end, as the real export shows.</summary>
internal sealed class ListeningScenario : Scenario
{
    private static readonly (ProcessLaunch Launch, int Port, string Address)[] Listeners =
    [
        (new(WindowsImages.Svchost, "svchost.exe -k LocalSystemNetworkRestricted -p -s CDPSvc", ProcessLifetime.Service, "services.exe"), 5040, "0.0.0.0"),
        (new(WindowsImages.Svchost, "svchost.exe -k NetworkService -p -s DoSvc", ProcessLifetime.Service, "services.exe"), 7680, "0.0.0.0"),
        (new(WindowsImages.Svchost, "svchost.exe -k RPCSS -p", ProcessLifetime.Service, "services.exe"), 135, "0.0.0.0"),
        (new(WindowsImages.Svchost, "svchost.exe -k LocalServiceNoNetwork -p -s ssh-agent", ProcessLifetime.Service, "services.exe"), 49670, "127.0.0.1"),
    ];

    public override IReadOnlyList<string> Categories { get; } = [RowCategory.Ordinary("listening")];

    public override void Fill(NetworkEvent e, ScenarioContext context)
    {
        var random = context.Random;
        var device = random.Pick(context.Fleet.Devices);
        var listener = random.Pick(Listeners);
        context.OnDevice(e, device);
        ProcessStamp.Apply(e, device, listener.Launch, Account.System);
        e.ActionType = "ListeningConnectionCreated";
        e.LocalIP = listener.Address;
        e.LocalPort = listener.Port;
        e.Protocol = "TcpV4";
        e.Category = Categories[0];
    }
}
