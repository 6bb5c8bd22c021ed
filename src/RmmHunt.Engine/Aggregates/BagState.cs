using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Aggregates;

/// <summary>
/// make_bag and make_bag_if: the property bags of a group merged into one; values that are not bags
/// are ignored, and a key met again keeps the first value seen (the docs allow any of the values), up
/// to maxSize keys [doc make-bag-aggregation-function]. A group without bags gives {}.
/// </summary>
internal sealed class BagState(bool withPredicate, long maxSize) : AggregateState
{
    private Dictionary<string, object?>?[] _bags = [];

    public override void Update(int[] groups, Column[] args, int rowCount)
    {
        var values = args[0];
        for (int i = 0; i < rowCount; i++)
        {
            int g = groups[i];
            Ensure(ref _bags, g);
            var merged = _bags[g] ??= new Dictionary<string, object?>(StringComparer.Ordinal);
            if (withPredicate && !IsTrue(args[1], i)) continue;
            if (values.GetValue(i) is not DynBag bag) continue;
            foreach (var (key, value) in bag)
            {
                if (merged.Count >= maxSize) break;
                merged.TryAdd(key, value);
            }
        }
    }

    public override Column[] Results(int groupCount)
    {
        var results = new object?[groupCount];
        for (int g = 0; g < groupCount; g++)
            results[g] = g < _bags.Length && _bags[g] is { } bag ? new DynBag(bag) : DynBag.Empty;
        return [new DynamicColumn(results)];
    }
}

/// <summary>binary_all_and, binary_all_or, binary_all_xor: the bitwise combination of a group's values; null when it has none.</summary>
internal sealed class BinaryAllState(char op) : AggregateState
{
    private long?[] _values = [];

    public override void Update(int[] groups, Column[] args, int rowCount)
    {
        var values = (PrimitiveColumn<long>)args[0];
        for (int i = 0; i < rowCount; i++)
        {
            if (values.IsNull(i)) continue;
            int g = groups[i];
            Ensure(ref _values, g);
            long x = values.Values[i];
            _values[g] = _values[g] is not long current ? x : op switch { '&' => current & x, '|' => current | x, _ => current ^ x };
        }
    }

    public override Column[] Results(int groupCount)
    {
        var builder = ColumnBuilder.Create(Kql.Symbols.KqlType.Long, groupCount);
        for (int g = 0; g < groupCount; g++) builder.Add(g < _values.Length ? _values[g] : null);
        return [builder.Build()];
    }
}
