using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Aggregates;

/// <summary>
/// percentile, percentiles and percentiles_array: the exact nearest-rank percentile, the smallest
/// value such that P percent of the values are less or equal to it (P = 0 is the minimum)
/// [doc percentiles-aggregation-function]. Kusto estimates it with a t-digest whose rank error is at
/// most 1% (exact at 0 and 100), so on large groups Kusto may return a neighbouring value; here the
/// value is exact and always a member of the group. Nulls are ignored; an empty group gives null.
/// </summary>
internal sealed class PercentileState(double[] percentiles, KqlType valueType, bool asArray) : AggregateState
{
    private List<object>?[] _values = [];

    public override void Update(int[] groups, Column[] args, int rowCount)
    {
        var values = args[0];
        for (int i = 0; i < rowCount; i++)
        {
            if (values.IsNull(i)) continue;
            var value = values.GetValue(i)!;
            if (value is double d && double.IsNaN(d)) continue;
            int g = groups[i];
            Ensure(ref _values, g);
            (_values[g] ??= []).Add(value);
        }
    }

    public override Column[] Results(int groupCount)
    {
        var columns = percentiles.Select(_ => ColumnBuilder.Create(valueType, groupCount)).ToArray();
        var arrays = new object?[groupCount];
        for (int g = 0; g < groupCount; g++)
        {
            var values = g < _values.Length ? _values[g] : null;
            values?.Sort(ValueOrder.Compare);
            var picked = percentiles.Select(p => values is { Count: > 0 } && p is >= 0 and <= 100 ? NearestRank(values, p) : null).ToArray();
            if (asArray) arrays[g] = new DynArray(picked.Select(Functions.Dynamic.FromScalar).ToArray());
            else for (int c = 0; c < columns.Length; c++) columns[c].Add(picked[c]);
        }
        return asArray ? [new DynamicColumn(arrays)] : columns.Select(c => c.Build()).ToArray();
    }

    private static object NearestRank(List<object> sorted, double percentile)
    {
        if (percentile <= 0) return sorted[0];
        long rank = (long)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[(int)Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
