using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>Functions of dynamic arrays.</summary>
internal static class DynamicFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("array_length", LongT, DynamicT),
        Scalar("arraylength", LongT, DynamicT),
        Scalar("pack_array", 1, int.MaxValue, Signatures.AnyArgs(_ => DynamicT)),
        Scalar("array_concat", 1, 64, Signatures.Variadic((DynamicT, [DynamicT]))),
        Scalar("array_slice", DynamicT, DynamicT, LongT, LongT),
        Scalar("array_index_of", 2, 5, ArrayIndexOf),
        Scalar("array_reverse", DynamicT, DynamicT),
        Scalar("array_rotate_left", DynamicT, DynamicT, LongT),
        Scalar("array_rotate_right", DynamicT, DynamicT, LongT),
        Scalar("array_shift_left", 2, 3, ShiftSignature),
        Scalar("array_shift_right", 2, 3, ShiftSignature),
        Scalar("array_split", DynamicT, DynamicT, DynamicT),
        Scalar("array_sum", RealT, DynamicT),
        Scalar("array_iff", 3, 3, Signatures.Fixed(DynamicT, DynamicT, AnyT, AnyT)),
        Scalar("array_iif", 3, 3, Signatures.Fixed(DynamicT, DynamicT, AnyT, AnyT)),
        Scalar("array_sort_asc", 1, 2, SortOne).WithConstants(1) with { Naming = ResultNaming.FirstArgumentAndSuffix, NamePrefix = "_sorted" },
        Scalar("array_sort_desc", 1, 2, SortOne).WithConstants(1) with { Naming = ResultNaming.FirstArgumentAndSuffix, NamePrefix = "_sorted" },
        Scalar("range", 2, 3, Range),
        Scalar("repeat", 2, 2, Signatures.AnyArgs(_ => DynamicT)).NamedWithArgument("repeat"),
    ];

    /// <summary>
    /// array_sort_asc(array[, nulls_last]). Kusto also sorts several arrays along the first, returning one
    /// column per array; that form is not supported.
    /// </summary>
    private static Resolution SortOne(IReadOnlyList<KqlType> args)
    {
        if (args.Count == 2 && args[1] != BoolT)
            return Resolution.Failed("sorting several arrays together is not supported; sort one array, with an optional bool nulls_last");
        return Signatures.Overloads((DynamicT, [DynamicT, BoolT]))(args);
    }

    /// <summary>array_index_of(array, value[, start[, length[, occurrence]]]).</summary>
    private static Resolution ArrayIndexOf(IReadOnlyList<KqlType> args)
    {
        if (TypeCoercion.Cost(args[0], DynamicT) < 0) return Resolution.Failed($"the first argument must be a dynamic array, but it is {args[0].Name()}");
        for (int i = 2; i < args.Count; i++)
        {
            if (TypeCoercion.Cost(args[i], LongT) < 0) return Resolution.Failed($"argument {i + 1} must be an integer, but it is {args[i].Name()}");
        }
        return new Resolution(LongT, args.Select((t, i) => i == 0 ? DynamicT : i == 1 ? AnyT : LongT).ToArray());
    }

    /// <summary>array_shift_left(array, count[, default]): the default may be any scalar.</summary>
    private static Resolution ShiftSignature(IReadOnlyList<KqlType> args) => args.Count == 2
        ? Signatures.Fixed(DynamicT, DynamicT, LongT)(args)
        : Signatures.Fixed(DynamicT, DynamicT, LongT, AnyT)(args);

    /// <summary>range(start, stop[, step]) of numbers, datetimes (by a timespan step) or timespans.</summary>
    private static Resolution Range(IReadOnlyList<KqlType> args)
    {
        if (args[0] == DateTimeT) return Signatures.Overloads((DynamicT, [DateTimeT, DateTimeT, TimeSpanT]))(args);
        if (args[0] == TimeSpanT) return Signatures.Overloads((DynamicT, [TimeSpanT, TimeSpanT, TimeSpanT]))(args);
        if (args.Any(a => a is KqlType.Real or KqlType.Decimal)) return Signatures.Overloads((DynamicT, [RealT, RealT, RealT]))(args);
        return Signatures.Overloads((DynamicT, [LongT, LongT, LongT]))(args);
    }
}
