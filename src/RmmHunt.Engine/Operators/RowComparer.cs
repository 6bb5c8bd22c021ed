using RmmHunt.Engine.Vectors;

namespace RmmHunt.Engine.Operators;

/// <summary>One sort key: its values, direction and where nulls go.</summary>
public sealed record SortKeyValues(Column Values, bool Descending, bool NullsFirst);

/// <summary>
/// Orders row indexes by sort keys. Strings compare ordinally; NaN sorts with nulls; ties keep input
/// order, so sorted output is deterministic.
/// </summary>
public static class RowComparer
{
    public static Comparison<int> Create(IReadOnlyList<SortKeyValues> keys)
    {
        var comparisons = keys.Select(Create).ToArray();
        return (a, b) =>
        {
            foreach (var compare in comparisons)
            {
                int c = compare(a, b);
                if (c != 0) return c;
            }
            return a.CompareTo(b);
        };
    }

    private static Comparison<int> Create(SortKeyValues key)
    {
        Func<int, bool> isNull = key.Values switch
        {
            PrimitiveColumn<double> reals => i => reals.IsNull(i) || double.IsNaN(reals.Values[i]),
            var column => column.IsNull,
        };
        Comparison<int> values = key.Values switch
        {
            PrimitiveColumn<long> c => (a, b) => c.Values[a].CompareTo(c.Values[b]),
            PrimitiveColumn<int> c => (a, b) => c.Values[a].CompareTo(c.Values[b]),
            PrimitiveColumn<double> c => (a, b) => c.Values[a].CompareTo(c.Values[b]),
            PrimitiveColumn<decimal> c => (a, b) => c.Values[a].CompareTo(c.Values[b]),
            PrimitiveColumn<bool> c => (a, b) => c.Values[a].CompareTo(c.Values[b]),
            PrimitiveColumn<Guid> c => (a, b) => c.Values[a].CompareTo(c.Values[b]),
            StringColumn c => (a, b) => string.CompareOrdinal(c[a], c[b]),
            var c => (a, b) => string.CompareOrdinal(Kql.Values.ScalarFormat.ToText(c.GetValue(a)), Kql.Values.ScalarFormat.ToText(c.GetValue(b))),
        };
        int direction = key.Descending ? -1 : 1;
        int nullOrder = key.NullsFirst ? -1 : 1;
        // Null and NaN sort together, with null outermost: "nulls first" gives null, NaN, ... and
        // "nulls last" gives ..., NaN, null [doc sort-operator, "Using special floating-point values"].
        Func<int, bool> isTrueNull = key.Values.IsNull;
        return (a, b) =>
        {
            bool an = isNull(a), bn = isNull(b);
            if (an && bn)
            {
                bool at = isTrueNull(a), bt = isTrueNull(b);
                return at == bt ? 0 : at ? nullOrder : -nullOrder;
            }
            if (an || bn) return an ? nullOrder : -nullOrder;
            return direction * values(a, b);
        };
    }
}
