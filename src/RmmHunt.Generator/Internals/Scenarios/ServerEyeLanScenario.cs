using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// ServerEye traffic that stays in the LAN: Sensorhubs reporting to the OCC-Connector on port 11002 (seen on
/// both ends) and UPnP discovery. Same vendor and product as the cloud rows, but no RemoteUrl, so no match.
/// </summary>
internal sealed class ServerEyeLanScenario : Scenario
{
    private static readonly ProcessLaunch Sensorhub = ProcessLaunch.Service(ServerEyeImages.Sensorhub);
    private static readonly ProcessLaunch Connector = ProcessLaunch.Service(ServerEyeImages.OccConnector);
    private static readonly Destination UpnpDiscovery = new(null, 1900, "Udp", ["239.255.255.250"]);

    public override IReadOnlyList<string> Categories { get; } = [RowCategory.ServerEyeLan];

    public override void Fill(NetworkEvent e, ScenarioContext context)
    {
        var random = context.Random;
        var connector = context.Fleet.OccConnector;
        var hub = random.Pick(context.Fleet.ServerEyeDevices);
        string connectorAddress = hub == connector ? "127.0.0.1" : connector.LocalIp;
        double kind = random.NextDouble();
        if (kind < 0.5)
        {
            context.OnDevice(e, hub);
            ProcessStamp.Apply(e, hub, Sensorhub, Account.System);
            ConnectionStamp.Outbound(e, hub, new Destination(null, ServerEyeNetwork.ConnectorPort, "Tcp", [connectorAddress]), random, 0.01);
        }
        else if (kind < 0.75)
        {
            context.OnDevice(e, connector);
            ProcessStamp.Apply(e, connector, Connector, Account.System);
            string hubAddress = hub == connector ? "127.0.0.1" : hub.LocalIp;
            e.ActionType = "InboundConnectionAccepted";
            e.RemoteIP = hubAddress;
            e.RemotePort = ConnectionStamp.EphemeralPort(random);
            e.LocalIP = connector.LocalIp;
            e.LocalPort = ServerEyeNetwork.ConnectorPort;
            e.Protocol = "Tcp";
            e.LocalIPType = AddressBook.TypeOf(connector.LocalIp);
            e.RemoteIPType = AddressBook.TypeOf(hubAddress);
        }
        else
        {
            context.OnDevice(e, hub);
            ProcessStamp.Apply(e, hub, Sensorhub, Account.System);
            ConnectionStamp.Outbound(e, hub, UpnpDiscovery, random, 0);
        }
        e.Category = RowCategory.ServerEyeLan;
    }
}
