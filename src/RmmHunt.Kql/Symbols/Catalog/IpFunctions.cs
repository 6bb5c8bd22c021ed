using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

internal static class IpFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("ipv4_is_in_range", BoolT, StringT, StringT),
        Scalar("ipv4_is_private", BoolT, StringT),
    ];
}
