using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

internal static class LogicalFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("not", BoolT, BoolT),
        Scalar("isempty", 1, 1, Signatures.Fixed(BoolT, AnyT)),
        Scalar("isnotempty", 1, 1, Signatures.Fixed(BoolT, AnyT)),
        Scalar("notempty", 1, 1, Signatures.Fixed(BoolT, AnyT)),
        Scalar("isnull", 1, 1, Signatures.Fixed(BoolT, AnyT)),
        Scalar("isnotnull", 1, 1, Signatures.Fixed(BoolT, AnyT)),
        Scalar("notnull", 1, 1, Signatures.Fixed(BoolT, AnyT)),
        Scalar("iff", 3, 3, Conditional),
        Scalar("iif", 3, 3, Conditional),
        Scalar("coalesce", 1, 64, CommonOfAll),
    ];

    /// <summary><c>iff(cond, then, else)</c>: both branches are brought to one type.</summary>
    private static Resolution Conditional(IReadOnlyList<KqlType> args)
    {
        if (TypeCoercion.Cost(args[0], BoolT) < 0) return Resolution.Failed($"the condition of iff must be bool, but it is {args[0].Name()}");
        var common = TypeCoercion.Common(args[1], args[2]);
        if (common is null) return Resolution.Failed($"the branches of iff have different types: {args[1].Name()} and {args[2].Name()}");
        return new Resolution(common.Value, [BoolT, common.Value, common.Value]);
    }

    private static Resolution CommonOfAll(IReadOnlyList<KqlType> args)
    {
        KqlType common = args[0];
        foreach (var arg in args.Skip(1))
        {
            var next = TypeCoercion.Common(common, arg);
            if (next is null) return Resolution.Failed($"all arguments must have the same type, but {common.Name()} and {arg.Name()} differ");
            common = next.Value;
        }
        return new Resolution(common, args.Select(_ => common).ToArray());
    }
}
