using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>
/// IPv4 functions. A value that is not an IPv4 address gives null (an empty string for the format
/// functions); comparisons use the shortest prefix among the addresses and the prefix argument
/// [doc ipv4-is-match-function, ipv4-compare-function].
/// </summary>
internal static class IpKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("ipv4_is_in_range", r =>
        {
            // A constant range is parsed once.
            var constant = r.IsConstant(1) && r.Constant(1) is string text ? Ipv4.Parse(text) : null;
            return new DelegateKernel((args, n) => Lift.Objects(args, n, KqlType.Bool, a =>
            {
                var range = constant ?? Ipv4.Parse((string)a[1]!);
                var address = Ipv4.Parse((string)a[0]!);
                return range is null || address is null ? null : range.Value.Contains(address.Value.Address);
            }));
        });
        add("ipv4_is_private", _ => new DelegateKernel((args, n) => Lift.FromStringNullable(args[0], KqlType.Bool, s =>
            Ipv4.Parse(s) is { } ip ? Ipv4.IsPrivate(ip) : (bool?)null)));
        add("ipv4_is_match", _ => Kernel.Rows(KqlType.Bool, a => Compare(a) is { } c ? c == 0 : null));
        add("ipv4_compare", _ => Kernel.Rows(KqlType.Long, a => Compare(a) is { } c ? (long)c : null));
        add("ipv4_is_in_any_range", _ => Kernel.Rows(KqlType.Bool, InAnyRange, nullInNullOut: false));
        add("ipv4_netmask_suffix", _ => Kernel.OfText(KqlType.Long, s => Ipv4.Parse(s) is { } ip ? (long)ip.PrefixLength : null));
        add("parse_ipv4", _ => Kernel.OfText(KqlType.Long, s => Ipv4.Parse(s) is { } ip ? (long)(ip.Address & ip.Mask) : null));
        add("parse_ipv4_mask", _ => Kernel.Rows(KqlType.Long, a => Masked(a[0], (long)a[1]!) is { } ip ? (long)(ip.Address & ip.Mask) : null));
        add("format_ipv4", _ => Kernel.Rows(KqlType.String, a => Masked(a[0], Prefix(a)) is { } ip ? Dotted(ip.Address & ip.Mask) : "", nullInNullOut: false));
        add("format_ipv4_mask", _ => Kernel.Rows(KqlType.String, a => Masked(a[0], Prefix(a)) is { } ip
            ? $"{Dotted(ip.Address & ip.Mask)}/{ip.PrefixLength}" : "", nullInNullOut: false));
        add("has_ipv4", _ => Kernel.Rows(KqlType.Bool, a => HasIp((string)a[0]!, (string)a[1]!, prefix: false)));
        add("has_ipv4_prefix", _ => Kernel.Rows(KqlType.Bool, a => HasIp((string)a[0]!, (string)a[1]!, prefix: true)));
        add("has_any_ipv4", _ => Kernel.Rows(KqlType.Bool, a => Needles(a).Any(ip => HasIp((string)a[0]!, ip, prefix: false)), nullInNullOut: false));
        add("has_any_ipv4_prefix", _ => Kernel.Rows(KqlType.Bool, a => Needles(a).Any(ip => HasIp((string)a[0]!, ip, prefix: true)), nullInNullOut: false));
    }

    /// <summary>-1, 0 or 1 comparing the addresses under the shortest prefix; null when either is not IPv4.</summary>
    private static int? Compare(object?[] a)
    {
        if (Ipv4.Parse((string)a[0]!) is not { } x || Ipv4.Parse((string)a[1]!) is not { } y) return null;
        int prefix = Math.Min(x.PrefixLength, y.PrefixLength);
        if (a.Length > 2)
        {
            if (a[2] is not long p || p is < 0 or > 32) return null;
            prefix = Math.Min(prefix, (int)p);
        }
        uint mask = prefix == 0 ? 0 : uint.MaxValue << (32 - prefix);
        return (x.Address & mask).CompareTo(y.Address & mask) switch { < 0 => -1, > 0 => 1, _ => 0 };
    }

    private static object? InAnyRange(object?[] a)
    {
        if (Ipv4.Parse((string)a[0]!) is not { } ip) return null;
        var ranges = a.Length == 2 && a[1] is DynArray list ? list.OfType<string>() : a.Skip(1).OfType<string>();
        return ranges.Select(Ipv4.Parse).Any(range => range is { } r && r.Contains(ip.Address));
    }

    /// <summary>The optional prefix argument: 32 when absent, -1 (invalid) when null.</summary>
    private static long Prefix(object?[] a) => a.Length < 2 ? 32 : a[1] as long? ?? -1;

    /// <summary>An address (dotted text or a number) with the smaller of its own prefix and the given one.</summary>
    private static Ipv4? Masked(object? value, long prefix)
    {
        if (prefix is < 0 or > 32) return null;
        Ipv4? ip = value switch
        {
            string s => Ipv4.Parse(s),
            long l when l is >= 0 and <= uint.MaxValue => new Ipv4((uint)l, 32),
            _ => null,
        };
        return ip is { } v ? v with { PrefixLength = Math.Min(v.PrefixLength, (int)prefix) } : null;
    }

    private static string Dotted(uint address) => $"{address >> 24}.{(address >> 16) & 255}.{(address >> 8) & 255}.{address & 255}";

    private static IEnumerable<string> Needles(object?[] a) =>
        a.Length == 2 && a[1] is DynArray list ? list.OfType<string>() : a.Skip(1).OfType<string>();

    /// <summary>
    /// has_ipv4(text, ip): an IPv4 address in text that is delimited by non-alphanumeric characters and
    /// equals ip; has_ipv4_prefix: one that starts with the prefix, which is a whole address or ends with
    /// a dot ("192.168.") [doc has-ipv4-function, has-ipv4-prefix-function]. Runs of digits and dots are
    /// the candidates, without leading or trailing dots.
    /// </summary>
    private static bool HasIp(string text, string needle, bool prefix)
    {
        bool validNeedle = prefix
            ? Ipv4.Parse(needle) is not null || (needle.EndsWith('.') && IsAddressPrefix(needle))
            : Ipv4.Parse(needle) is not null && !needle.Contains('/');
        if (!validNeedle) return false;
        int i = 0;
        while (i < text.Length)
        {
            if (!IsIpChar(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && IsIpChar(text[i])) i++;
            bool delimited = (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (i == text.Length || !char.IsLetterOrDigit(text[i]));
            string candidate = text[start..i].Trim('.');
            if (!delimited || Ipv4.Parse(candidate) is null || candidate.Contains('/')) continue;
            if (prefix ? candidate.StartsWith(needle, StringComparison.Ordinal) || candidate == needle : candidate == needle) return true;
        }
        return false;
    }

    private static bool IsIpChar(char c) => char.IsAsciiDigit(c) || c == '.';

    /// <summary>"192.", "192.168." or "192.168.1.": one to three valid octets, each followed by a dot.</summary>
    private static bool IsAddressPrefix(string text)
    {
        var parts = text[..^1].Split('.');
        return parts.Length is >= 1 and <= 3 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit) && int.Parse(p) <= 255);
    }
}
