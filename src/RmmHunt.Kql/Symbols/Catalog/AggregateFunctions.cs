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
        // count(predicate) is the deprecated spelling of countif(predicate).
        Aggregate("count", 0, 1, Signatures.Overloads((LongT, []), (LongT, [BoolT])), "count"),
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
        Aggregate("argmax", 1, int.MaxValue, Signatures.Variadic((AnyT, [AnyT])), "max"),
        Aggregate("argmin", 1, int.MaxValue, Signatures.Variadic((AnyT, [AnyT])), "min"),
        Aggregate("count_distinctif", 2, 2, Signatures.Fixed(LongT, AnyT, BoolT), "count_distinctif"),
        Aggregate("take_anyif", 2, 2, Signatures.Fixed(AnyT, AnyT, BoolT), "anyif") with { Naming = ResultNaming.FirstArgument },
        Aggregate("anyif", 2, 2, Signatures.Fixed(AnyT, AnyT, BoolT), "anyif"),
        Aggregate("stdev", 1, 1, Statistic(withPredicate: false), "stdev"),
        Aggregate("stdevp", 1, 1, Statistic(withPredicate: false), "stdevp"),
        Aggregate("stdevif", 2, 2, Statistic(withPredicate: true), "stdevif"),
        Aggregate("variance", 1, 1, Statistic(withPredicate: false), "variance"),
        Aggregate("variancep", 1, 1, Statistic(withPredicate: false), "variancep"),
        Aggregate("varianceif", 2, 2, Statistic(withPredicate: true), "varianceif"),
        Aggregate("make_bag", 1, 2, Signatures.Overloads((DynamicT, [DynamicT, LongT])), "bag"),
        Aggregate("make_bag_if", 2, 3, Signatures.Overloads((DynamicT, [DynamicT, BoolT, LongT])), "bag"),
        Aggregate("binary_all_and", 1, 1, Signatures.SameType([LongT]), "binary_all_and") with { Naming = ResultNaming.FirstArgument },
        Aggregate("binary_all_or", 1, 1, Signatures.SameType([LongT]), "binary_all_or") with { Naming = ResultNaming.FirstArgument },
        Aggregate("binary_all_xor", 1, 1, Signatures.SameType([LongT]), "binary_all_xor") with { Naming = ResultNaming.FirstArgument },
        // percentile(x, p) names its column percentile_x_p; the binder names the columns of percentiles().
        Aggregate("percentile", 2, 2, Percentile, "percentile") with { ConstantParameters = new HashSet<int>([1]) },
        Aggregate("percentiles", 2, 65, Percentile, "percentile") with { ConstantParameters = new HashSet<int>(Enumerable.Range(1, 64)) },
        Aggregate("percentiles_array", 2, 65, PercentilesArray, "percentiles") with { ConstantParameters = new HashSet<int>(Enumerable.Range(1, 64)) },
    ];

    /// <summary>stdev, variance and their forms: a real from numbers.</summary>
    private static Resolver Statistic(bool withPredicate) => withPredicate
        ? Signatures.Overloads((RealT, [RealT, BoolT]))
        : Signatures.Overloads((RealT, [RealT]));

    /// <summary>
    /// percentile(x, p) and percentiles(x, p1, p2, ...): x a number, datetime or timespan; the result has
    /// x's type, with int widened to long and decimal to real (Kusto.Language's AddPercentileColumns).
    /// </summary>
    private static Resolution Percentile(IReadOnlyList<KqlType> args)
    {
        var value = args[0] switch
        {
            KqlType.Int => LongT,
            KqlType.Decimal => RealT,
            KqlType.Long or KqlType.Real or KqlType.DateTime or KqlType.TimeSpan or KqlType.Unknown => args[0],
            _ => KqlType.Unknown,
        };
        if (value == KqlType.Unknown && args[0] != KqlType.Unknown)
            return Resolution.Failed($"percentiles need numbers, datetimes or timespans, not {args[0].Name()}");
        for (int i = 1; i < args.Count; i++)
        {
            if (!args[i].IsNumeric() && args[i] != KqlType.Unknown) return Resolution.Failed($"a percentile must be a number, not {args[i].Name()}");
        }
        return new Resolution(value, args.Select((_, i) => i == 0 ? value : RealT).ToArray());
    }

    /// <summary>percentiles_array(x, p1, p2, ...) or percentiles_array(x, dynamic([p1, p2, ...])).</summary>
    private static Resolution PercentilesArray(IReadOnlyList<KqlType> args)
    {
        var single = Percentile(args.Count == 2 && args[1] == DynamicT ? [args[0]] : args);
        if (single.Error is not null) return single;
        return new Resolution(DynamicT, args.Select((t, i) => i == 0 ? single.ParameterTypes[0] : t == DynamicT ? DynamicT : RealT).ToArray());
    }

    /// <summary>sum(int) and sum(long) are long, as in Kusto.</summary>
    private static Resolver SumLike(bool withPredicate) => withPredicate
        ? Signatures.Overloads((LongT, [LongT, BoolT]), (RealT, [RealT, BoolT]), (DecimalT, [DecimalT, BoolT]), (TimeSpanT, [TimeSpanT, BoolT]))
        : Signatures.Overloads((LongT, [LongT]), (RealT, [RealT]), (DecimalT, [DecimalT]), (TimeSpanT, [TimeSpanT]));
}
