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
}
