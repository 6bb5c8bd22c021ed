using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Truth;

/// <summary>
/// The seed filter fields, mapped to DeviceNetworkEvents: names and users compare equal ignoring case,
/// command lines match on a case-insensitive substring, the destination on subnet or port.
/// </summary>
internal static class ExclusionConditions
{
    public static Func<NetworkEvent, bool> ProcessName(string name) =>
        e => string.Equals(e.InitiatingProcessFileName, name, StringComparison.OrdinalIgnoreCase);

    public static Func<NetworkEvent, bool> ParentProcessName(string name) =>
        e => string.Equals(e.InitiatingProcessParentFileName, name, StringComparison.OrdinalIgnoreCase);

    public static Func<NetworkEvent, bool> User(string name) =>
        e => string.Equals(e.InitiatingProcessAccountName, name, StringComparison.OrdinalIgnoreCase);

    public static Func<NetworkEvent, bool> CommandLineContains(string fragment) =>
        e => e.InitiatingProcessCommandLine?.Contains(fragment, StringComparison.OrdinalIgnoreCase) == true;

    public static Func<NetworkEvent, bool> DestinationInInternalSubnet() => e => InternalSubnets.Contains(e.RemoteIP);

    public static Func<NetworkEvent, bool> DestinationPort(int port) => e => e.RemotePort == port;
}
