using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>Numeric functions; signatures and column naming as in Kusto.Language's Functions.cs.</summary>
internal static class MathFunctions
{
    /// <summary><c>bin(value, size)</c> for numbers, datetimes (by a timespan) and timespans.</summary>
    private static readonly Resolver Bin = Signatures.Overloads(
        (LongT, [LongT, LongT]), (RealT, [RealT, RealT]), (DecimalT, [DecimalT, DecimalT]),
        (DateTimeT, [DateTimeT, TimeSpanT]), (TimeSpanT, [TimeSpanT, TimeSpanT]));

    /// <summary><c>bin_at(value, size, fixed_point)</c>: bins aligned so that fixed_point starts one.</summary>
    private static readonly Resolver BinAt = Signatures.Overloads(
        (LongT, [LongT, LongT, LongT]), (RealT, [RealT, RealT, RealT]),
        (DateTimeT, [DateTimeT, TimeSpanT, DateTimeT]), (TimeSpanT, [TimeSpanT, TimeSpanT, TimeSpanT]));

    private static readonly KqlType[] NumberTypes = [IntT, LongT, RealT, DecimalT];

    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("bin", 2, 2, Bin).NamedAsArgument(),
        Scalar("floor", 2, 2, Bin).NamedAsArgument(),
        Scalar("bin_at", 3, 3, BinAt).NamedAsArgument(),
        Scalar("abs", 1, 1, Signatures.SameType([IntT, LongT, RealT, DecimalT, TimeSpanT])).NamedAsArgument(),
        Scalar("round", 1, 2, Signatures.Overloads(NumberTypes.Select(t => (t, new[] { t, LongT })).ToArray())).NamedAsArgument(),
        Scalar("ceiling", 1, 1, Signatures.SameType(NumberTypes)).NamedAsArgument(),
        Real("sqrt"), Real("log"), Real("log2"), Real("log10"), Real("exp"), Real("exp2"), Real("exp10"),
        Real("cos"), Real("sin"), Real("tan"), Real("acos"), Real("asin"), Real("atan"),
        Scalar("pow", RealT, RealT, RealT).NamedAsArgument(),
        Scalar("atan2", RealT, RealT, RealT).NamedAsArgument(),
        Scalar("cot", RealT, RealT),
        Scalar("degrees", RealT, RealT),
        Scalar("radians", RealT, RealT),
        Scalar("sign", RealT, RealT),
        Scalar("pi", RealT),
        Binary("binary_and"), Binary("binary_or"), Binary("binary_xor"), Binary("binary_shift_left"), Binary("binary_shift_right"),
        Scalar("binary_not", LongT, LongT).NamedAsArgument(),
        Scalar("bitset_count_ones", LongT, LongT).NamedAsArgument(),
    ];

    private static FunctionSymbol Real(string name) => Scalar(name, RealT, RealT).NamedAsArgument();

    private static FunctionSymbol Binary(string name) => Scalar(name, LongT, LongT, LongT).NamedAsArgument();
}
