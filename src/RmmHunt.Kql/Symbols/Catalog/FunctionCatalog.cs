namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>
/// The built-in functions, aggregates and operators the binder knows, by name. The engine has a
/// kernel for every entry (a test checks that); names of KQL functions we do not implement are in
/// <see cref="UnsupportedFunctions"/> so that using one is reported as unsupported, not unknown.
/// </summary>
public static class FunctionCatalog
{
    public static IReadOnlyDictionary<string, FunctionSymbol> Scalars { get; } = Index(
        LogicalFunctions.All, StringFunctions.All, ConversionFunctions.All, DateTimeFunctions.All,
        MathFunctions.All, DynamicFunctions.All, IpFunctions.All, RegexFunctions.All, EncodingFunctions.All,
        SystemFunctions.All, BagFunctions.All, ParsingFunctions.All, WindowFunctions.All);

    public static IReadOnlyDictionary<string, FunctionSymbol> Aggregates { get; } = Index(AggregateFunctions.All);

    public static IReadOnlyDictionary<string, FunctionSymbol> Operators { get; } = Index(OperatorFunctions.All);

    public static FunctionSymbol Operator(string name) => Operators[name];

    private static Dictionary<string, FunctionSymbol> Index(params IEnumerable<FunctionSymbol>[] groups)
    {
        var map = new Dictionary<string, FunctionSymbol>(StringComparer.Ordinal);
        foreach (var function in groups.SelectMany(g => g)) map.Add(function.Name, function);
        return map;
    }
}
