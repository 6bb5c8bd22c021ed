namespace RmmHunt.Kql.Symbols;

/// <summary>
/// The implicit conversions KQL applies to arguments: widening between numbers, and <c>dynamic</c>
/// to and from any scalar (a dynamic value is converted at run time, null when it does not fit).
/// </summary>
public static class TypeCoercion
{
    /// <summary>The cost of converting <paramref name="from"/> to <paramref name="to"/>; -1 when not allowed.</summary>
    public static int Cost(KqlType from, KqlType to)
    {
        if (from == to) return 0;
        if (from == KqlType.Unknown || to == KqlType.Unknown) return 0;
        return (from, to) switch
        {
            (KqlType.Int, KqlType.Long) => 1,
            (KqlType.Int, KqlType.Real) or (KqlType.Long, KqlType.Real) => 2,
            (KqlType.Int, KqlType.Decimal) or (KqlType.Long, KqlType.Decimal) => 2,
            (KqlType.Decimal, KqlType.Real) => 3,
            (KqlType.Dynamic, _) => 4,
            (_, KqlType.Dynamic) => 5,
            _ => -1,
        };
    }

    public static bool CanCoerce(KqlType from, KqlType to) => Cost(from, to) >= 0;

    /// <summary>
    /// The type both sides of a comparison or arithmetic are brought to, or null when they do not mix
    /// (string with long, datetime with timespan...).
    /// </summary>
    public static KqlType? Common(KqlType a, KqlType b)
    {
        if (a == b) return a;
        if (a == KqlType.Unknown) return b;
        if (b == KqlType.Unknown) return a;
        if (a.IsNumeric() && b.IsNumeric()) return KqlTypes.PromoteNumeric(a, b);
        if (a == KqlType.Dynamic) return b;
        if (b == KqlType.Dynamic) return a;
        // Kusto compares guids with their string form.
        if ((a, b) is (KqlType.Guid, KqlType.String) or (KqlType.String, KqlType.Guid)) return KqlType.String;
        return null;
    }
}
