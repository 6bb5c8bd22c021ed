using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>Functions that take a regular expression; Kusto requires the expression to be a constant.</summary>
internal static class RegexFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("extract", 3, 4, Signatures.Overloads((StringT, [StringT, LongT, StringT, StringT]))).WithConstants(0) with { TypeArgument = 3 },
        Scalar("extract_all", 2, 3, ExtractAll).WithConstants(0),
        Scalar("replace_regex", StringT, StringT, StringT, StringT).WithConstants(1, 2),
        Scalar("replace", StringT, StringT, StringT, StringT).WithConstants(0, 1),
    ];

    /// <summary>extract_all(regex, source) or extract_all(regex, captureGroups, source): chosen by the argument count.</summary>
    private static Resolution ExtractAll(IReadOnlyList<KqlType> args) => args.Count == 2
        ? Signatures.Fixed(DynamicT, StringT, StringT)(args)
        : Signatures.Fixed(DynamicT, StringT, DynamicT, StringT)(args);
}
