using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>
/// Aggregates and how they name their column (<c>count()</c> → <c>count_</c>, <c>make_set(X)</c> →
/// <c>set_X</c>). <c>arg_max</c>, <c>arg_min</c> and <c>take_any</c> return several columns; the binder
/// names those itself.
/// </summary>
internal static class AggregateFunctions
{
    private static readonly KqlType[] Summable = [IntT, LongT, RealT, DecimalT, TimeSpanT];

    public static IEnumerable<FunctionSymbol> All =>
    [
        Aggregate("count", 0, 0, Signatures.Fixed(LongT), "count"),
        Aggregate("countif", 1, 1, Signatures.Fixed(LongT, BoolT), "countif"),
        Aggregate("dcount", 1, 2, Signatures.Overloads((LongT, [AnyT, LongT])), "dcount"),
        Aggregate("dcountif", 2, 3, Signatures.Overloads((LongT, [AnyT, BoolT, LongT])), "dcountif"),
        Aggregate("count_distinct", 1, 1, Signatures.Fixed(LongT, AnyT), "count_distinct"),
        Aggregate("min", 1, 1, Signatures.SameType(Signatures.Orderables), "min"),
        Aggregate("max", 1, 1, Signatures.SameType(Signatures.Orderables), "max"),
        Aggregate("minif", 2, 2, Signatures.Overloads(Signatures.Orderables.Select(t => (t, new[] { t, BoolT })).ToArray()), "minif"),
        Aggregate("maxif", 2, 2, Signatures.Overloads(Signatures.Orderables.Select(t => (t, new[] { t, BoolT })).ToArray()), "maxif"),
        Aggregate("sum", 1, 1, SumLike(withPredicate: false), "sum"),
        Aggregate("sumif", 2, 2, SumLike(withPredicate: true), "sumif"),
        Aggregate("avg", 1, 1, Signatures.Overloads((RealT, [RealT]), (DecimalT, [DecimalT]), (TimeSpanT, [TimeSpanT]), (DateTimeT, [DateTimeT])), "avg"),
        Aggregate("avgif", 2, 2, Signatures.Overloads((RealT, [RealT, BoolT]), (DecimalT, [DecimalT, BoolT]), (TimeSpanT, [TimeSpanT, BoolT]), (DateTimeT, [DateTimeT, BoolT])), "avgif"),
        Aggregate("make_set", 1, 2, Signatures.Overloads((DynamicT, [AnyT, LongT])), "set"),
        Aggregate("makeset", 1, 2, Signatures.Overloads((DynamicT, [AnyT, LongT])), "set"),
        Aggregate("make_set_if", 2, 3, Signatures.Overloads((DynamicT, [AnyT, BoolT, LongT])), "set"),
        Aggregate("make_list", 1, 2, Signatures.Overloads((DynamicT, [AnyT, LongT])), "list"),
        Aggregate("makelist", 1, 2, Signatures.Overloads((DynamicT, [AnyT, LongT])), "list"),
        Aggregate("make_list_if", 2, 3, Signatures.Overloads((DynamicT, [AnyT, BoolT, LongT])), "list"),
        Aggregate("make_list_with_nulls", 1, 1, Signatures.Fixed(DynamicT, AnyT), "list"),
        Aggregate("any", 1, 1, Signatures.Fixed(AnyT, AnyT), "any"),
        Aggregate("take_any", 1, 1, Signatures.Fixed(AnyT, AnyT), "any") with { Naming = ResultNaming.FirstArgument },
        Aggregate("arg_max", 1, int.MaxValue, Signatures.Variadic((AnyT, [AnyT])), "max"),
        Aggregate("arg_min", 1, int.MaxValue, Signatures.Variadic((AnyT, [AnyT])), "min"),
    ];

    /// <summary>sum(int) and sum(long) are long, as in Kusto.</summary>
    private static Resolver SumLike(bool withPredicate) => withPredicate
        ? Signatures.Overloads((LongT, [LongT, BoolT]), (RealT, [RealT, BoolT]), (DecimalT, [DecimalT, BoolT]), (TimeSpanT, [TimeSpanT, BoolT]))
        : Signatures.Overloads((LongT, [LongT]), (RealT, [RealT]), (DecimalT, [DecimalT]), (TimeSpanT, [TimeSpanT]));
}
