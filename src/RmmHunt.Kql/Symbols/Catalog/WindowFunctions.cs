using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>Window functions over serialized rows.</summary>
internal static class WindowFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("row_number", 0, 2, Signatures.Overloads((LongT, []), (LongT, [LongT]), (LongT, [LongT, BoolT]))) with { IsWindow = true },
        Scalar("prev", 1, 3, Neighbour) with { IsWindow = true },
        Scalar("next", 1, 3, Neighbour) with { IsWindow = true },
        Scalar("row_cumsum", 1, 2, Signatures.Overloads((LongT, [LongT]), (LongT, [LongT, BoolT]), (RealT, [RealT]), (RealT, [RealT, BoolT]),
            (DecimalT, [DecimalT]), (DecimalT, [DecimalT, BoolT]), (TimeSpanT, [TimeSpanT]), (TimeSpanT, [TimeSpanT, BoolT]))) with { IsWindow = true },
    ];

    /// <summary>prev/next(column[, offset[, default]]): the type of the column; the default converts to it.</summary>
    private static Resolution Neighbour(IReadOnlyList<KqlType> args)
    {
        var type = args[0];
        if (args.Count > 1 && TypeCoercion.Cost(args[1], LongT) < 0) return Resolution.Failed($"the offset must be an integer, not {args[1].Name()}");
        if (args.Count > 2 && TypeCoercion.Common(type, args[2]) is null) return Resolution.Failed($"the default must have the column's type {type.Name()}, not {args[2].Name()}");
        var parameters = new List<KqlType> { type };
        if (args.Count > 1) parameters.Add(LongT);
        if (args.Count > 2) parameters.Add(type);
        return new Resolution(type, parameters);
    }
}
