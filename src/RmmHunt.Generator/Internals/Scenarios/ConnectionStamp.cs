using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;
using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>Fills the network columns of an outbound connection from a device to a destination.</summary>
internal static class ConnectionStamp
{
    public static void Outbound(NetworkEvent e, Device device, Destination destination, DeterministicRandom random, double failureRate = 0.03)
    {
        string remote = random.Pick(destination.Addresses);
        e.ActionType = random.Chance(failureRate) ? "ConnectionFailed" : "ConnectionSuccess";
        e.RemoteIP = remote;
        e.RemotePort = destination.Port;
        e.RemoteUrl = destination.Url;
        e.LocalIP = device.LocalIp;
        e.LocalPort = EphemeralPort(random);
        e.Protocol = destination.Protocol;
        e.LocalIPType = AddressBook.TypeOf(device.LocalIp);
        e.RemoteIPType = AddressBook.TypeOf(remote);
    }

    /// <summary>Windows' dynamic port range.</summary>
    public static int EphemeralPort(DeterministicRandom random) => random.Next(49152, 65536);
}
