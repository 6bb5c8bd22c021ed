using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>String functions; signatures and column naming as in Kusto.Language's Functions.cs.</summary>
internal static class StringFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("tolower", 1, 1, Text(StringT, 1)),
        Scalar("toupper", 1, 1, Text(StringT, 1)),
        Scalar("strlen", LongT, StringT).NamedWithArgument(),
        Scalar("string_size", LongT, StringT).NamedWithArgument(),
        Scalar("strcat", 1, 64, Signatures.AnyArgs(_ => StringT)),
        Scalar("strcat_delim", 3, 65, Signatures.AnyArgs(_ => StringT)),
        Scalar("strcat_array", 2, 2, TextAt(Signatures.Fixed(StringT, DynamicT, StringT), [1])),
        Scalar("array_strcat", 2, 2, TextAt(Signatures.Fixed(StringT, DynamicT, StringT), [1])),
        Scalar("strrep", 2, 3, TextAt(Signatures.Overloads((StringT, [StringT, LongT, StringT])), [0, 2])),
        Scalar("strcmp", 2, 2, Text(LongT, 2)),
        Scalar("reverse", 1, 1, Text(StringT, 1)),
        Scalar("substring", 2, 3, TextAt(Signatures.Overloads((StringT, [StringT, LongT, LongT])), [0])),
        Scalar("indexof", 2, 5, IndexOf),
        Scalar("indexof_regex", 2, 5, TextAt(Signatures.Overloads((LongT, [StringT, StringT, LongT, LongT, LongT])), [0])).WithConstants(1),
        Scalar("has_any_index", 2, 2, Signatures.Fixed(LongT, StringT, DynamicT)),
        Scalar("regex_quote", 1, 1, Text(StringT, 1)),
        Scalar("split", 2, 3, TextAt(Signatures.Overloads((DynamicT, [StringT, StringT, LongT])), [0])).NamedAsArgument(),
        Scalar("replace_string", StringT, StringT, StringT, StringT),
        Scalar("replace_strings", StringT, StringT, DynamicT, DynamicT),
        Scalar("translate", StringT, StringT, StringT, StringT),
        Scalar("trim", StringT, StringT, StringT),
        Scalar("trim_start", StringT, StringT, StringT),
        Scalar("trim_end", StringT, StringT, StringT),
        Scalar("countof", 2, 3, Signatures.Overloads((LongT, [StringT, StringT, StringT]))).WithConstants(2),
        Scalar("isascii", 1, 1, Text(BoolT, 1)),
        Scalar("isutf8", 1, 1, Text(BoolT, 1)),
        Scalar("parse_csv", DynamicT, StringT).NamedAsArgument(),
        Scalar("format_bytes", 1, 3, Signatures.Overloads((StringT, [RealT, LongT, StringT]))).WithConstants(2).NamedAsArgument(),
        Scalar("unicode_codepoints_from_string", 1, 1, Text(DynamicT, 1)),
        Scalar("to_utf8", 1, 1, Text(DynamicT, 1)),
        Scalar("unicode_codepoints_to_string", 1, 64, CodePoints),
        Scalar("make_string", 1, 64, CodePoints),
    ];

    /// <summary>make_string(...) / unicode_codepoints_to_string(...): integers or dynamic arrays of them.</summary>
    private static Resolution CodePoints(IReadOnlyList<KqlType> args)
    {
        foreach (var arg in args)
        {
            if (arg is not (KqlType.Int or KqlType.Long or KqlType.Dynamic or KqlType.Unknown))
                return Resolution.Failed($"the arguments must be integers (code points) or dynamic arrays of them, not {arg.Name()}");
        }
        return new Resolution(StringT, args.Select(a => a == IntT ? LongT : a).ToArray());
    }

    /// <summary>A function of <paramref name="arity"/> text arguments (any scalar, converted to its text).</summary>
    private static Resolver Text(KqlType result, int arity) =>
        TextAt(Signatures.Fixed(result, Enumerable.Repeat(StringT, arity).ToArray()), [], fromOn: 0);

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
