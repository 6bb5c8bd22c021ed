namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>Short constructors for catalog entries.</summary>
internal static class CatalogHelpers
{
    public const KqlType BoolT = KqlType.Bool, IntT = KqlType.Int, LongT = KqlType.Long, RealT = KqlType.Real,
        DecimalT = KqlType.Decimal, DateTimeT = KqlType.DateTime, TimeSpanT = KqlType.TimeSpan, GuidT = KqlType.Guid,
        StringT = KqlType.String, DynamicT = KqlType.Dynamic, AnyT = Signatures.Any;

    public static FunctionSymbol Scalar(string name, int min, int max, Resolver resolve) =>
        new(name, FunctionKind.Scalar, min, max, resolve);

    public static FunctionSymbol Scalar(string name, KqlType result, params KqlType[] parameters) =>
        new(name, FunctionKind.Scalar, parameters.Length, parameters.Length, Signatures.Fixed(result, parameters));

    public static FunctionSymbol Aggregate(string name, int min, int max, Resolver resolve, string prefix) =>
        new(name, FunctionKind.Aggregate, min, max, resolve) { Naming = ResultNaming.PrefixAndFirstArgument, NamePrefix = prefix };

    public static FunctionSymbol Operator(string name, int arity, Resolver resolve) =>
        new(name, FunctionKind.Operator, arity, arity, resolve);

    /// <summary>Kusto names the column after the function and its first argument: <c>strlen(Url)</c> gives <c>strlen_Url</c>.</summary>
    public static FunctionSymbol NamedWithArgument(this FunctionSymbol function, string? prefix = null) =>
        function with { Naming = ResultNaming.PrefixAndFirstArgument, NamePrefix = prefix ?? function.Name };

    /// <summary>Kusto names the column after the first argument: <c>round(Price)</c> gives <c>Price</c>.</summary>
    public static FunctionSymbol NamedAsArgument(this FunctionSymbol function) => function with { Naming = ResultNaming.FirstArgument };

    public static FunctionSymbol WithConstants(this FunctionSymbol function, params int[] positions) =>
        function with { ConstantParameters = new HashSet<int>(positions) };

    /// <summary>
    /// Arguments at <paramref name="positions"/> (and, for <paramref name="fromOn"/>, every later one) take
    /// any scalar and are converted to their text, as Kusto does for parameters such as reverse()'s:
    /// <c>reverse(123)</c> is "321".
    /// </summary>
    public static Resolver TextAt(Resolver inner, int[] positions, int fromOn = int.MaxValue) => args =>
    {
        var adjusted = args.Select((t, i) => (positions.Contains(i) || i >= fromOn) && t is not (KqlType.String or KqlType.Dynamic or KqlType.Unknown)
            ? KqlType.String : t).ToArray();
        return inner(adjusted);
    };
}
