using System.Net;
using System.Net.Sockets;

namespace RmmHunt.Generator.Truth;

/// <summary>The seed's <c>internal_subnet</c>: the RFC 1918 ranges 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16.</summary>
public static class InternalSubnets
{
    public static IReadOnlyList<string> Cidrs { get; } = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];

    public static bool Contains(string? address)
    {
        if (!IPAddress.TryParse(address, out var ip) || ip.AddressFamily != AddressFamily.InterNetwork) return false;
        Span<byte> octets = stackalloc byte[4];
        ip.TryWriteBytes(octets, out _);
        return octets[0] == 10
            || (octets[0] == 172 && octets[1] is >= 16 and <= 31)
            || (octets[0] == 192 && octets[1] == 168);
    }
}
