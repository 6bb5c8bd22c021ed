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
        Scalar("case", 3, 1001, Case),
        // assert(condition, message): both constants; a condition that is not true fails the query.
        Scalar("assert", BoolT, BoolT, StringT).WithConstants(0, 1),
        Scalar("max_of", 2, 64, CommonOrderable),
        Scalar("min_of", 2, 64, CommonOrderable),
        Scalar("gettype", 1, 1, Signatures.Fixed(StringT, AnyT)).NamedWithArgument("type"),
        Scalar("isnan", BoolT, RealT),
        Scalar("isinf", BoolT, RealT),
        Scalar("isfinite", BoolT, RealT),
        // column_ifexists and pack_all look at the input's columns, so the binder rewrites them.
        Scalar("column_ifexists", 2, 2, Signatures.AnyArgs(args => args[1])) with
            { Naming = ResultNaming.FirstArgumentValueIfColumn, RewrittenByBinder = true },
        Scalar("columnifexists", 2, 2, Signatures.AnyArgs(args => args[1])) with
            { Naming = ResultNaming.FirstArgumentValueIfColumn, RewrittenByBinder = true },
        Scalar("iscolumnexists", 1, 1, Signatures.Fixed(BoolT, StringT)) with { RewrittenByBinder = true },
        Scalar("pack_all", 0, 1, Signatures.Fixed(DynamicT, BoolT)) with { RewrittenByBinder = true },
    ];

    /// <summary><c>case(p1, v1, ..., pN, vN, else)</c>: bool predicates, values of one type.</summary>
    private static Resolution Case(IReadOnlyList<KqlType> args)
    {
        if (args.Count % 2 == 0) return Resolution.Failed("case() takes pairs of a predicate and a value, then the value for when no predicate holds");
        var values = Enumerable.Range(0, args.Count).Where(i => i % 2 == 1 || i == args.Count - 1).Select(i => args[i]).ToArray();
        var common = CommonOfAll(values);
        if (common.Error is not null) return Resolution.Failed("the values of case() must have one type: " + common.Error);
        var parameters = new KqlType[args.Count];
        for (int i = 0; i < args.Count; i++)
        {
            bool predicate = i % 2 == 0 && i != args.Count - 1;
            if (predicate && TypeCoercion.Cost(args[i], BoolT) < 0) return Resolution.Failed($"argument {i + 1} of case() must be a bool predicate, but it is {args[i].Name()}");
            parameters[i] = predicate ? BoolT : common.Result;
        }
        return new Resolution(common.Result, parameters);
    }

    /// <summary><c>max_of</c>/<c>min_of</c>: arguments of one orderable type.</summary>
    private static Resolution CommonOrderable(IReadOnlyList<KqlType> args)
    {
        var common = CommonOfAll(args);
        if (common.Error is null && !common.Result.IsOrdered()) return Resolution.Failed($"values of type {common.Result.Name()} cannot be ordered");
        return common;
    }

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
