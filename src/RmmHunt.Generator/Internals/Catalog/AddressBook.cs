using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator.Internals.Catalog;

/// <summary>
/// Stable, made-up but well-formed public IPv4 addresses for host names, so a host resolves to the same
/// few addresses in every row. First octets are taken from blocks that hold only public unicast space.
/// </summary>
internal static class AddressBook
{
    private static readonly int[] PublicFirstOctets = [13, 20, 23, 34, 40, 51, 52, 88, 104, 142, 151, 185, 193, 212, 217];

    public static IReadOnlyList<string> PublicAddresses(string host, int count = 2)
    {
        var addresses = new string[count];
        for (int i = 0; i < count; i++)
        {
            ulong h = StableHash.Mix(StableHash.Of(host), (ulong)i);
            int first = PublicFirstOctets[(int)(h % (ulong)PublicFirstOctets.Length)];
            addresses[i] = $"{first}.{(h >> 8) % 256}.{(h >> 16) % 256}.{1 + (h >> 24) % 254}";
        }
        return addresses;
    }

    /// <summary>The address-type words Defender puts in LocalIPType/RemoteIPType.</summary>
    public static string TypeOf(string address)
    {
        if (address.StartsWith("127.", StringComparison.Ordinal) || address == "::1") return "Loopback";
        if (address.StartsWith("10.", StringComparison.Ordinal) || address.StartsWith("192.168.", StringComparison.Ordinal)) return "Private";
        if (address.StartsWith("172.", StringComparison.Ordinal))
        {
            int second = int.Parse(address.AsSpan(4, address.IndexOf('.', 4) - 4));
            if (second is >= 16 and <= 31) return "Private";
        }
        if (address.StartsWith("224.", StringComparison.Ordinal) || address.StartsWith("239.", StringComparison.Ordinal)) return "Reserved";
        if (address == "0.0.0.0") return "Reserved";
        return "Public";
    }
}
