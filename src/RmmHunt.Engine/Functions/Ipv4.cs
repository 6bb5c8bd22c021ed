using System.Globalization;

namespace RmmHunt.Engine.Functions;

/// <summary>An IPv4 address with an optional prefix length (<c>10.0.0.0/8</c>).</summary>
public readonly record struct Ipv4(uint Address, int PrefixLength)
{
    private static readonly Ipv4[] PrivateRanges = [Parse("10.0.0.0/8")!.Value, Parse("172.16.0.0/12")!.Value, Parse("192.168.0.0/16")!.Value];

    public uint Mask => PrefixLength == 0 ? 0 : uint.MaxValue << (32 - PrefixLength);

    public bool Contains(uint address) => (address & Mask) == (Address & Mask);

    /// <summary>Parses dotted-quad notation with an optional <c>/n</c>; null when it is not IPv4.</summary>
    public static Ipv4? Parse(string text)
    {
        var span = text.AsSpan().Trim();
        int prefix = 32;
        int slash = span.IndexOf('/');
        if (slash >= 0)
        {
            if (!int.TryParse(span[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > 32) return null;
            span = span[..slash];
        }
        uint address = 0;
        int parts = 0;
        foreach (var range in span.Split('.'))
        {
            var part = span[range];
            if (part.Length is 0 or > 3 || !byte.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out byte b)) return null;
            address = (address << 8) | b;
            parts++;
        }
        return parts == 4 ? new Ipv4(address, prefix) : null;
    }

    /// <summary>10/8, 172.16/12 and 192.168/16 (not loopback or link-local), as ipv4_is_private defines it.</summary>
    public static bool IsPrivate(Ipv4 ip) => PrivateRanges.Any(r => r.Contains(ip.Address));
}
