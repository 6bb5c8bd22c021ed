using RmmHunt.Engine.Functions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Aggregates;

/// <summary>
/// <c>make_set</c> and <c>make_list</c> (and their <c>_if</c> forms) over fixed-size values (long, int,
/// real, bool, datetime, timespan): the same results as <see cref="CollectionState"/>, but the values
/// stay unboxed in a list per group and a set's duplicates are found in one table keyed by (group,
/// value). Hunting rules keep one entry per matching event (<c>make_set(ReportId)</c>), so this state
/// grows with the matches: about 40 bytes per value here against about 110 boxed in per-group hash sets.
/// Values are boxed once, for the result.
/// </summary>
internal sealed class FixedSizeCollectionState<T>(KqlType type, bool distinct, bool withPredicate, long maxSize) : AggregateState
    where T : unmanaged, IEquatable<T>
{
    private List<T>?[] _lists = [];
    // Sets capped at a few values are searched in place (see CollectionState.SearchedInPlaceUpTo).
    private HashSet<(int Group, T Value)>? _seen = distinct && maxSize > CollectionState.SearchedInPlaceUpTo ? [] : null;
    private long _count;

    public override void Update(int[] groups, Column[] args, int rowCount)
    {
        // Columns of these types are primitive columns, constants included (ColumnBuilder builds them).
        var values = (PrimitiveColumn<T>)args[0];
        for (int i = 0; i < rowCount; i++)
        {
            int g = groups[i];
            Ensure(ref _lists, g);
            var list = _lists[g] ??= [];
            if (withPredicate && !IsTrue(args[1], i)) continue;
            if (values.IsNull(i) || list.Count >= maxSize) continue;
            T value = values.Values[i];
            if (distinct && (_seen is null ? list.Contains(value) : !_seen.Add((g, value)))) continue;
            list.Add(value);
            _count++;
        }
    }

    public override long EstimatedBytes(int groupCount) => groupCount * 56L + _count * (distinct ? 40L : 12L);

    /// <summary>Called once, at the end: the state is released as the results are built, so that the boxed results do not add to the state at the peak.</summary>
    public override Column[] Results(int groupCount)
    {
        _seen = null;
        var results = new object?[groupCount];
        for (int g = 0; g < groupCount; g++)
        {
            if (g >= _lists.Length || _lists[g] is not { Count: > 0 } list)
            {
                results[g] = DynArray.Empty;
                continue;
            }
            // Boxed as the column boxes them (datetime ticks become DateTime...), then as dynamic values.
            var column = new PrimitiveColumn<T>(type, list.ToArray());
            var items = new object?[list.Count];
            for (int i = 0; i < items.Length; i++) items[i] = Dynamic.FromScalar(column.GetValue(i));
            results[g] = new DynArray(items);
            _lists[g] = null;
        }
        return [new DynamicColumn(results)];
    }
}

/// <summary>Picks the collection state for the argument's type: unboxed for the types a <see cref="PrimitiveColumn{T}"/> holds.</summary>
internal static class CollectionStates
{
    public static AggregateState Create(BoundAggregate aggregate, bool distinct, bool withPredicate, long maxSize)
    {
        var type = aggregate.Args[0].Type;
        return type switch
        {
            KqlType.Long or KqlType.DateTime or KqlType.TimeSpan => new FixedSizeCollectionState<long>(type, distinct, withPredicate, maxSize),
            KqlType.Int => new FixedSizeCollectionState<int>(type, distinct, withPredicate, maxSize),
            KqlType.Real => new FixedSizeCollectionState<double>(type, distinct, withPredicate, maxSize),
            KqlType.Bool => new FixedSizeCollectionState<bool>(type, distinct, withPredicate, maxSize),
            _ => new CollectionState(distinct, withPredicate, keepNulls: false, maxSize),
        };
    }
}
