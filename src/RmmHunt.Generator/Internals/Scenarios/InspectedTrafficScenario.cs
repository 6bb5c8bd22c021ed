using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// Rows of Defender's network protection inspector (DNS, TLS, HTTP, ICMP). They name no initiating process
/// (PID 0, token "None") and carry the protocol details in AdditionalFields, not in RemoteUrl.
/// </summary>
internal sealed class InspectedTrafficScenario : Scenario
{
    public override IReadOnlyList<string> Categories { get; } = [RowCategory.Ordinary("inspected")];

    public override void Fill(NetworkEvent e, ScenarioContext context)
    {
        var random = context.Random;
        var device = random.Pick(context.Fleet.Devices);
        var host = random.Pick(OrdinaryHosts.Web);
        double kind = random.NextDouble();
        if (kind < 0.45) Dns(e, device, context, host.Url!, random.Pick(host.Addresses));
        else if (kind < 0.8) Inspected(e, device, context, "SslConnectionInspected", random.Pick(host.Addresses), 443, "Tcp",
            InspectionFields.Tls(host.Url!, random, e.Timestamp));
        else if (kind < 0.95) Http(e, device, context);
        else Inspected(e, device, context, "IcmpConnectionInspected", random.Pick(host.Addresses), null, "Icmp", InspectionFields.Icmp(random));
        e.Category = Categories[0];
    }

    /// <summary>A DNS lookup seen on the wire; the name is only in AdditionalFields, RemoteUrl stays empty.</summary>
    public static void Dns(NetworkEvent e, Device device, ScenarioContext context, string query, string answer)
    {
        string dnsServer = device == context.Fleet.DnsServer ? "127.0.0.1" : context.Fleet.DnsServer.LocalIp;
        Inspected(e, device, context, "DnsConnectionInspected", dnsServer, 53, "Udp",
            InspectionFields.Dns(query, answer, context.Random, e.Timestamp));
    }

    private static void Http(NetworkEvent e, Device device, ScenarioContext context)
    {
        bool connectivityProbe = context.Random.Chance(0.6);
        string host = connectivityProbe ? "www.msftconnecttest.com" : "ctldl.windowsupdate.com";
        string fields = connectivityProbe
            ? InspectionFields.Http(host, "/connecttest.txt", "Microsoft NCSI", 22)
            : InspectionFields.Http(host, "/msdownload/update/v3/static/trustedr/en/disallowedcertstl.cab", "Microsoft-CryptoAPI/10.0", 9_184);
        Inspected(e, device, context, "HttpConnectionInspected", context.Random.Pick(AddressBook.PublicAddresses(host)), 80, "Tcp", fields);
    }

    private static void Inspected(NetworkEvent e, Device device, ScenarioContext context, string actionType,
        string remoteIp, int? remotePort, string protocol, string additionalFields)
    {
        context.OnDevice(e, device);
        e.ActionType = actionType;
        e.RemoteIP = remoteIp;
        e.RemotePort = remotePort;
        e.LocalIP = device.LocalIp;
        e.LocalPort = remotePort is null ? null : ConnectionStamp.EphemeralPort(context.Random);
        e.Protocol = protocol;
        e.InitiatingProcessId = 0;
        e.InitiatingProcessParentId = 0;
        e.InitiatingProcessTokenElevation = "None";
        e.AdditionalFields = additionalFields;
    }
}
