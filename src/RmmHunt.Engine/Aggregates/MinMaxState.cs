using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Aggregates;

/// <summary><c>min</c>, <c>max</c>, <c>minif</c>, <c>maxif</c>: nulls are ignored; a group with no value gives null.</summary>
internal sealed class MinMaxState(KqlType type, bool isMax, bool withPredicate) : AggregateState
{
    private object?[] _best = [];

    public override void Update(int[] groups, Column[] args, int rowCount)
    {
        var values = args[0];
        for (int i = 0; i < rowCount; i++)
        {
            if (withPredicate && !IsTrue(args[1], i)) continue;
            if (values.IsNull(i)) continue;
            var value = values.GetValue(i);
            if (value is double d && double.IsNaN(d)) continue;
            int g = groups[i];
            Ensure(ref _best, g);
            var best = _best[g];
            if (best is null || ValueOrder.Compare(value, best) * (isMax ? 1 : -1) > 0) _best[g] = value;
        }
    }

    public override Column[] Results(int groupCount)
    {
        var builder = ColumnBuilder.Create(type, groupCount);
        for (int g = 0; g < groupCount; g++) builder.Add(g < _best.Length ? _best[g] : null);
        return [builder.Build()];
    }
}

/// <summary>Orders two non-null KQL value objects of the same type (strings ordinally).</summary>
internal static class ValueOrder
{
    public static int Compare(object? a, object? b) => (a, b) switch
    {
        (string x, string y) => string.CompareOrdinal(x, y),
        (IComparable x, _) when b is not null && a.GetType() == b.GetType() => x.CompareTo(b),
        _ => string.CompareOrdinal(Kql.Values.ScalarFormat.ToText(a), Kql.Values.ScalarFormat.ToText(b)),
    };
}
