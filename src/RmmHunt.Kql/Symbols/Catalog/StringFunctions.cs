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
        Scalar("indexof", 2, 5, IndexOf),
        Scalar("replace_string", StringT, StringT, StringT, StringT),
        Scalar("trim", StringT, StringT, StringT),
        Scalar("trim_start", StringT, StringT, StringT),
        Scalar("trim_end", StringT, StringT, StringT),
    ];

    /// <summary>
    /// indexof(source, lookup[, start[, length[, occurrence]]]): source and lookup may be any scalar and are
    /// converted to strings, so indexof(1234567, 5, 1, 4) is 4 [doc indexof-function].
    /// </summary>
    private static Resolution IndexOf(IReadOnlyList<KqlType> args)
    {
        for (int i = 2; i < args.Count; i++)
        {
            if (TypeCoercion.Cost(args[i], LongT) < 0) return Resolution.Failed($"argument {i + 1} of indexof() must be an integer, but it is {args[i].Name()}");
        }
        return new Resolution(LongT, args.Select((_, i) => i < 2 ? StringT : LongT).ToArray());
    }
}
