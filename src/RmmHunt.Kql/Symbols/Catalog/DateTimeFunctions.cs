using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

internal static class DateTimeFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("now", 0, 1, Signatures.Overloads((DateTimeT, []), (DateTimeT, [TimeSpanT]))) with { IsRunConstant = true },
        Scalar("ago", 1, 1, Signatures.Fixed(DateTimeT, TimeSpanT)) with { IsRunConstant = true },
        Scalar("startofday", 1, 2, Signatures.Overloads((DateTimeT, [DateTimeT, LongT]))),
        Scalar("endofday", 1, 2, Signatures.Overloads((DateTimeT, [DateTimeT, LongT]))),
    ];
}
