using RmmHunt.Engine.Functions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Aggregates;

/// <summary>
/// <c>make_set</c>, <c>make_list</c> and their <c>_if</c> forms: the values of a group as a dynamic
/// array, in order of arrival (sets without duplicates), nulls left out (kept by
/// <c>make_list_with_nulls</c>), at most <paramref name="maxSize"/> elements.
/// </summary>
internal sealed class CollectionState(bool distinct, bool withPredicate, bool keepNulls, long maxSize) : AggregateState
{
    /// <summary>The default and largest size of make_set and make_list.</summary>
    public const long DefaultMaxSize = 1_048_576;

    /// <summary>
    /// A set capped at this many values or fewer (<c>make_set(RemoteIP, 10)</c>, as hunting rules write it)
    /// is searched in place: comparing a few values, most of them the same interned string, costs less
    /// than hashing every row's value for a set of its own.
    /// </summary>
    public const long SearchedInPlaceUpTo = 32;

    private List<object?>?[] _lists = [];
    private HashSet<object>?[] _seen = [];
    private long _valueBytes; // of the values kept, for the memory budget

    public override void Update(int[] groups, Column[] args, int rowCount)
    {
        var values = args[0];
        for (int i = 0; i < rowCount; i++)
        {
            int g = groups[i];
            Ensure(ref _lists, g);
            var list = _lists[g] ??= [];
            if (withPredicate && !IsTrue(args[1], i)) continue;
            if (list.Count >= maxSize) continue; // before the value is taken: a full list ignores the rest of its group's rows
            var value = Dynamic.FromScalar(values.GetValue(i));
            if (value is null && !keepNulls) continue;
            if (distinct)
            {
                if (maxSize <= SearchedInPlaceUpTo)
                {
                    if (Holds(list, value!)) continue;
                }
                else
                {
                    Ensure(ref _seen, g);
                    if (!(_seen[g] ??= new HashSet<object>(DynamicEquality.Instance)).Add(value!)) continue;
                }
            }
            list.Add(value);
            _valueBytes += Execution.Memory.ValueSize.Of(value) + (distinct ? 48 : 8);
        }
    }

    private static bool Holds(List<object?> list, object value)
    {
        foreach (var item in list)
        {
            if (DynamicEquality.Instance.Equals(item, value)) return true;
        }
        return false;
    }

    public override long EstimatedBytes(int groupCount) => groupCount * 56L + _valueBytes;

    public override Column[] Results(int groupCount)
    {
        var values = new object?[groupCount];
        for (int g = 0; g < groupCount; g++)
        {
            values[g] = g < _lists.Length && _lists[g] is { } list ? new DynArray(list.ToArray()) : DynArray.Empty;
        }
        return [new DynamicColumn(values)];
    }
}

/// <summary>
/// <c>take_any(x)</c> and the deprecated <c>any(x)</c>: the first non-null value seen in the group;
/// <c>take_anyif(x, p)</c> (deprecated <c>anyif</c>) among the rows where p is true.
/// </summary>
internal sealed class TakeAnyState(KqlType type, bool withPredicate = false) : AggregateState
{
    private object?[] _values = [];

    public override void Update(int[] groups, Column[] args, int rowCount)
    {
        for (int i = 0; i < rowCount; i++)
        {
            int g = groups[i];
            Ensure(ref _values, g);
            if (withPredicate && !IsTrue(args[1], i)) continue;
            if (_values[g] is null && !args[0].IsNull(i)) _values[g] = args[0].GetValue(i);
        }
    }

    public override Column[] Results(int groupCount)
    {
        var builder = ColumnBuilder.Create(type, groupCount);
        for (int g = 0; g < groupCount; g++) builder.Add(g < _values.Length ? _values[g] : (type == KqlType.String ? "" : null));
        return [builder.Build()];
    }
}
