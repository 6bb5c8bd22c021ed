using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

internal static class MathFunctions
{
    /// <summary><c>bin(value, size)</c> for numbers, datetimes (by a timespan) and timespans.</summary>
    private static readonly Resolver Bin = Signatures.Overloads(
        (LongT, [LongT, LongT]), (RealT, [RealT, RealT]), (DecimalT, [DecimalT, DecimalT]),
        (DateTimeT, [DateTimeT, TimeSpanT]), (TimeSpanT, [TimeSpanT, TimeSpanT]));

    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("bin", 2, 2, Bin) with { Naming = ResultNaming.FirstArgument },
        Scalar("floor", 2, 2, Bin) with { Naming = ResultNaming.FirstArgument },
        Scalar("abs", 1, 1, Signatures.SameType([IntT, LongT, RealT, DecimalT, TimeSpanT])),
    ];
}
