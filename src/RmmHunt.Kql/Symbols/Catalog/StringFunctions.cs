using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

internal static class StringFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("tolower", StringT, StringT),
        Scalar("toupper", StringT, StringT),
        Scalar("strlen", LongT, StringT),
        Scalar("strcat", 1, 64, Signatures.AnyArgs(_ => StringT)),
        Scalar("substring", 2, 3, Signatures.Overloads((StringT, [StringT, LongT, LongT]))),
        Scalar("indexof", 2, 5, Signatures.Overloads((LongT, [StringT, StringT, LongT, LongT, LongT]))),
        Scalar("replace_string", StringT, StringT, StringT, StringT),
        Scalar("trim", StringT, StringT, StringT),
        Scalar("trim_start", StringT, StringT, StringT),
        Scalar("trim_end", StringT, StringT, StringT),
    ];
}
