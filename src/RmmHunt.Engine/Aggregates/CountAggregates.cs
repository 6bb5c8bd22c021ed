using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Aggregates;

/// <summary><c>count()</c> and <c>countif(p)</c>: rows, or rows whose predicate is true.</summary>
internal sealed class CountState(bool withPredicate) : AggregateState
{
    private long[] _counts = [];

    public override void Update(int[] groups, Column[] args, int rowCount)
    {
        for (int i = 0; i < rowCount; i++)
        {
            Ensure(ref _counts, groups[i]);
            if (!withPredicate || IsTrue(args[0], i)) _counts[groups[i]]++;
        }
    }

    public override Column[] Results(int groupCount)
    {
        Ensure(ref _counts, groupCount - 1);
        return [new PrimitiveColumn<long>(KqlType.Long, _counts[..groupCount])];
    }
}

/// <summary>
/// <c>dcount</c>, <c>dcountif</c>, <c>count_distinct</c>: the number of distinct non-null values. Kusto
/// estimates dcount with HyperLogLog; here the count is exact, which equals Kusto's for the small
/// cardinalities hunting uses and may differ slightly above a few thousand values.
/// </summary>
internal sealed class DistinctCountState(bool withPredicate) : AggregateState
{
    private HashSet<object>?[] _sets = [];
    private long _valueBytes; // of the distinct values kept, for the memory budget

    public override void Update(int[] groups, Column[] args, int rowCount)
    {
        for (int i = 0; i < rowCount; i++)
        {
            if (withPredicate && !IsTrue(args[1], i)) continue;
            var value = args[0].GetValue(i);
            if (value is null || (value is string s && s.Length == 0 && args[0].Type != KqlType.String)) continue;
            Ensure(ref _sets, groups[i]);
            if ((_sets[groups[i]] ??= new HashSet<object>(DynamicEquality.Instance)).Add(value)) _valueBytes += Execution.Memory.ValueSize.Of(value) + 48;
        }
    }

    public override long EstimatedBytes(int groupCount) => groupCount * 88L + _valueBytes;

    public override Column[] Results(int groupCount)
    {
        var counts = new long[groupCount];
        for (int g = 0; g < groupCount && g < _sets.Length; g++) counts[g] = _sets[g]?.Count ?? 0;
        return [new PrimitiveColumn<long>(KqlType.Long, counts)];
    }
}

/// <summary>Structural equality for KQL value objects (dynamic arrays and bags compare by content).</summary>
internal sealed class DynamicEquality : IEqualityComparer<object>
{
    public static readonly DynamicEquality Instance = new();

    public new bool Equals(object? x, object? y) => DynValue.DeepEquals(x, y);

    public int GetHashCode(object obj) => DynValue.DeepHash(obj);
}
