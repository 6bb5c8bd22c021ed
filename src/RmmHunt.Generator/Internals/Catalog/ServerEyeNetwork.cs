using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Catalog;

/// <summary>
/// ServerEye's cloud endpoints (all outbound HTTPS on 443, from the vendor's deploy script and KB) and its
/// LAN ports between Sensorhubs and the OCC-Connector.
/// </summary>
internal static class ServerEyeNetwork
{
    public static Destination Occ { get; } = Cloud("occ.server-eye.de");
    public static Destination Api { get; } = Cloud("api.server-eye.de");
    public static Destination Push { get; } = Cloud("push.server-eye.de");
    public static Destination Queue { get; } = Cloud("queue.server-eye.de");
    public static Destination Config { get; } = Cloud("config.server-eye.de");
    public static Destination Share { get; } = Cloud("share.server-eye.de");

    /// <summary>The five hosts every agent install talks to.</summary>
    public static IReadOnlyList<Destination> CoreHosts { get; } = [Occ, Api, Push, Queue, Config];

    public const int ConnectorPort = 11002;
    public const int HubPort = 11010;

    public static Destination Cloud(string host) => new(host, 443, "Tcp", AddressBook.PublicAddresses(host, 3));
}
