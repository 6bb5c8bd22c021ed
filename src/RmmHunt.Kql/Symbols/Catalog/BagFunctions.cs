using static RmmHunt.Kql.Symbols.Catalog.CatalogHelpers;

namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>Functions of property bags, sets (arrays of distinct values) and zip/treepath.</summary>
internal static class BagFunctions
{
    public static IEnumerable<FunctionSymbol> All =>
    [
        Scalar("bag_pack", 0, 128, Pack),
        Scalar("pack", 0, 128, Pack),
        Scalar("pack_dictionary", 0, 128, Pack),
        // bag_pack_columns(A, B) is bag_pack("A", A, "B", B): the binder writes the column names in.
        Scalar("bag_pack_columns", 1, 64, Signatures.AnyArgs(_ => DynamicT)) with { RewrittenByBinder = true },
        Scalar("bag_keys", DynamicT, DynamicT),
        Scalar("bag_merge", 2, 64, Signatures.Variadic((DynamicT, [DynamicT]))),
        Scalar("bag_remove_keys", DynamicT, DynamicT, DynamicT),
        Scalar("bag_has_key", BoolT, DynamicT, StringT),
        Scalar("bag_set_key", 3, 3, Signatures.Fixed(DynamicT, DynamicT, StringT, AnyT)),
        Scalar("set_union", 2, 64, Signatures.Variadic((DynamicT, [DynamicT]))),
        Scalar("set_intersect", 2, 64, Signatures.Variadic((DynamicT, [DynamicT]))),
        Scalar("set_difference", 2, 64, Signatures.Variadic((DynamicT, [DynamicT]))),
        Scalar("set_has_element", 2, 2, Signatures.Fixed(BoolT, DynamicT, AnyT)),
        Scalar("jaccard_index", 2, 2, Signatures.Fixed(RealT, DynamicT, DynamicT)),
        Scalar("zip", 2, 64, Signatures.Variadic((DynamicT, [DynamicT]))),
        Scalar("treepath", DynamicT, DynamicT).NamedWithArgument("tree"),
        Scalar("dynamic_to_json", StringT, DynamicT),
        Scalar("bag_zip", DynamicT, DynamicT, DynamicT),
    ];

    /// <summary>
    /// bag_pack(key1, value1, key2, value2, ...): string keys, values of any type. Values are not converted
    /// to dynamic by the binder: a string value stays a string (it is not parsed as JSON).
    /// </summary>
    private static Resolution Pack(IReadOnlyList<KqlType> args)
    {
        if (args.Count % 2 != 0) return Resolution.Failed("bag_pack() takes pairs of a key and a value");
        for (int i = 0; i < args.Count; i += 2)
        {
            if (args[i] is not (KqlType.String or KqlType.Dynamic or KqlType.Unknown))
                return Resolution.Failed($"argument {i + 1} of bag_pack() is a key and must be a string, but it is {args[i].Name()}");
        }
        return new Resolution(DynamicT, args.Select((t, i) => i % 2 == 0 ? StringT : AnyT).ToArray());
    }
}
