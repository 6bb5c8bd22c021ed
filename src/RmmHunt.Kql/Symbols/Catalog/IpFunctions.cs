using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>IPv4 functions; IP addresses are strings in dotted notation, optionally with a /prefix.</summary>
internal static class IpFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("ipv4_is_in_range", BoolT, StringT, StringT),
        Scalar("ipv4_is_private", BoolT, StringT),
        Scalar("ipv4_is_match", 2, 3, Signatures.Overloads((BoolT, [StringT, StringT, LongT]))),
        Scalar("ipv4_compare", 2, 3, Signatures.Overloads((LongT, [StringT, StringT, LongT]))),
        Scalar("ipv4_is_in_any_range", 2, 64, AnyRange),
        Scalar("ipv4_netmask_suffix", LongT, StringT),
        Scalar("parse_ipv4", LongT, StringT),
        Scalar("parse_ipv4_mask", LongT, StringT, LongT),
        Scalar("format_ipv4", 1, 2, Signatures.Overloads((StringT, [StringT, LongT]), (StringT, [LongT, LongT]))),
        Scalar("format_ipv4_mask", 1, 2, Signatures.Overloads((StringT, [StringT, LongT]), (StringT, [LongT, LongT]))),
        Scalar("has_ipv4", BoolT, StringT, StringT),
        Scalar("has_ipv4_prefix", BoolT, StringT, StringT),
        Scalar("has_any_ipv4", 2, 64, AnyRange),
        Scalar("has_any_ipv4_prefix", 2, 64, AnyRange),
    ];

    /// <summary>(ip, range1, range2, ...) with string ranges, or (ip, dynamic array of ranges).</summary>
    private static Resolution AnyRange(IReadOnlyList<KqlType> args) =>
        args.Count == 2 && args[1] == DynamicT
            ? Signatures.Fixed(BoolT, StringT, DynamicT)(args)
            : Signatures.Variadic((BoolT, [StringT, StringT]))(args);
}
