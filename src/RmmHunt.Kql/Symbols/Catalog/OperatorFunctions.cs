using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>Operators as functions: comparisons, string predicates, arithmetic, logic.</summary>
internal static class OperatorFunctions
{
    /// <summary>StringT predicates, each with its negation written <c>!op</c>.</summary>
    public static readonly string[] StringPredicates =
    [
        "=~", "!~", "has", "!has", "has_cs", "!has_cs", "hasprefix", "!hasprefix", "hasprefix_cs", "!hasprefix_cs",
        "hassuffix", "!hassuffix", "hassuffix_cs", "!hassuffix_cs", "contains", "!contains", "contains_cs", "!contains_cs",
        "startswith", "!startswith", "startswith_cs", "!startswith_cs", "endswith", "!endswith", "endswith_cs", "!endswith_cs",
        "matches regex",
    ];

    public static IEnumerable<FunctionSymbol> All
    {
        get
        {
            yield return Operator("and", 2, Signatures.Fixed(BoolT, BoolT, BoolT));
            yield return Operator("or", 2, Signatures.Fixed(BoolT, BoolT, BoolT));
            yield return Operator("==", 2, Equality);
            yield return Operator("!=", 2, Equality);
            foreach (var op in new[] { "<", "<=", ">", ">=" }) yield return Operator(op, 2, Ordering);
            foreach (var op in StringPredicates) yield return Operator(op, 2, StringPredicate(op));
            yield return Operator("+", 2, Signatures.Overloads(
                Numeric(IntT), Numeric(LongT), Numeric(DecimalT), Numeric(RealT),
                (TimeSpanT, [TimeSpanT, TimeSpanT]), (DateTimeT, [DateTimeT, TimeSpanT]), (DateTimeT, [TimeSpanT, DateTimeT])));
            yield return Operator("-", 2, Signatures.Overloads(
                Numeric(IntT), Numeric(LongT), Numeric(DecimalT), Numeric(RealT),
                (TimeSpanT, [TimeSpanT, TimeSpanT]), (TimeSpanT, [DateTimeT, DateTimeT]), (DateTimeT, [DateTimeT, TimeSpanT])));
            yield return Operator("*", 2, Signatures.Overloads(
                Numeric(IntT), Numeric(LongT), Numeric(DecimalT), Numeric(RealT),
                (TimeSpanT, [TimeSpanT, RealT]), (TimeSpanT, [RealT, TimeSpanT])));
            yield return Operator("/", 2, Signatures.Overloads(
                Numeric(IntT), Numeric(LongT), Numeric(DecimalT), Numeric(RealT),
                (RealT, [TimeSpanT, TimeSpanT]), (TimeSpanT, [TimeSpanT, RealT])));
            yield return Operator("%", 2, Signatures.Overloads(
                Numeric(IntT), Numeric(LongT), Numeric(DecimalT), Numeric(RealT), (TimeSpanT, [TimeSpanT, TimeSpanT])));
            yield return Operator("negate", 1, Signatures.SameType([IntT, LongT, RealT, DecimalT, TimeSpanT]));
        }
    }

    private static (KqlType, KqlType[]) Numeric(KqlType type) => (type, [type, type]);

    private static Resolution Equality(IReadOnlyList<KqlType> args)
    {
        var common = TypeCoercion.Common(args[0], args[1]) ?? BoolAsNumber(args[0], args[1]);
        if (common is not null) return new Resolution(BoolT, [common.Value, common.Value]);
        if (StringComparedWith(args[0], args[1]) is { } typed)
            return new Resolution(BoolT, [typed, typed]) { Warning = MixedComparisonWarning(args[0], args[1], typed) };
        return Resolution.Failed($"cannot compare values of types {args[0].Name()} and {args[1].Name()}; convert one side explicitly");
    }

    /// <summary>
    /// The type at which <c>==</c>, <c>!=</c> and <c>in</c> compare a string with a value of another scalar
    /// type, or null when they do not mix. Kusto's own analyzer accepts any scalar on the right of these
    /// operators (Kusto.Language's <c>Equal</c> signature is "not bool == any scalar"), and published
    /// hunts rely on it: <c>RemotePort == "3389"</c>, <c>IsLocalAdmin == "true"</c>. We compare at the
    /// non-string type, converting the string as <c>tolong()</c>, <c>tobool()</c>... would; a string that
    /// does not convert is null and so never equal.
    /// </summary>
    public static KqlType? StringComparedWith(KqlType a, KqlType b) => (a, b) switch
    {
        (KqlType.String, var other) when Comparable(other) => other,
        (var other, KqlType.String) when Comparable(other) => other,
        _ => null,
    };

    public static string MixedComparisonWarning(KqlType a, KqlType b, KqlType typed) =>
        $"compares {a.Name()} with {b.Name()}: the string side is converted to {typed.Name()} (a string that does not convert never matches); convert explicitly to make the intent clear";

    private static bool Comparable(KqlType type) =>
        type is KqlType.Int or KqlType.Long or KqlType.Real or KqlType.Decimal or KqlType.Bool or KqlType.DateTime or KqlType.TimeSpan or KqlType.Guid;

    /// <summary>
    /// Kusto tests a bool for equality with a number as 0 or 1: the Defender docs' own example filters
    /// <c>IsApplicable == 1 and IsCompliant == 0</c> (advanced-hunting-devicetvmsecureconfigurationassessment-table.md).
    /// </summary>
    private static KqlType? BoolAsNumber(KqlType a, KqlType b) => (a, b) switch
    {
        (KqlType.Bool, KqlType.Int or KqlType.Long) => b,
        (KqlType.Int or KqlType.Long, KqlType.Bool) => a,
        _ => null,
    };

    private static Resolution Ordering(IReadOnlyList<KqlType> args)
    {
        var common = TypeCoercion.Common(args[0], args[1]);
        if (common is null || !(common.Value.IsOrdered() || common == DynamicT))
            return Resolution.Failed($"cannot order values of types {args[0].Name()} and {args[1].Name()}");
        // DynamicT on both sides compares as numbers, as Kusto does for JSON numbers.
        var type = common == DynamicT ? RealT : common.Value;
        return new Resolution(BoolT, [type, type]);
    }

    private static Resolver StringPredicate(string op) => args =>
    {
        if (args[0] is not (KqlType.String or KqlType.Dynamic or KqlType.Unknown))
            return Resolution.Failed($"the left side of '{op}' must be a string, but it is {args[0].Name()}; use tostring() to convert it");
        if (args[1] is not (KqlType.String or KqlType.Dynamic or KqlType.Unknown))
            return Resolution.Failed($"the right side of '{op}' must be a string, but it is {args[1].Name()}");
        return new Resolution(BoolT, [StringT, StringT]);
    };
}
