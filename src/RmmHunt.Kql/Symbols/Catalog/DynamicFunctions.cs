using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

internal static class DynamicFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("array_length", LongT, DynamicT),
        Scalar("pack_array", 1, 64, Signatures.AnyArgs(_ => DynamicT)),
    ];
}
