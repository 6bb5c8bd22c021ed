using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Aggregates;

/// <summary>
/// <c>arg_max(x, cols...)</c> / <c>arg_min</c>: per group, the row with the largest (smallest) x and
/// the requested values of that row. Null x values are ignored unless the group has only nulls (then
/// its first row is returned); on ties the first row wins, so results are deterministic.
/// </summary>
internal sealed class ArgMaxState : AggregateState
{
    private readonly bool _isMax;
    private readonly bool _firstRowOnly;
    private readonly ColumnBuilder[] _stores;
    private object?[] _best = [];
    private bool[] _seen = [];
    private long[] _rowBytes = []; // of each group's kept strings and dynamic values, for the memory budget
    private long _bytes;

    /// <param name="firstRowOnly">Keep each group's first row (take_any of several columns).</param>
    public ArgMaxState(bool isMax, IReadOnlyList<KqlType> outputTypes, bool firstRowOnly = false)
    {
        _isMax = isMax;
        _firstRowOnly = firstRowOnly;
        _stores = outputTypes.Select(t => ColumnBuilder.Create(t)).ToArray();
    }

    public override void Update(int[] groups, Column[] args, int rowCount)
    {
        var primary = args[0];
        for (int i = 0; i < rowCount; i++)
        {
            int g = groups[i];
            Ensure(ref _best, g);
            Ensure(ref _seen, g);
            while (_stores[0].Count <= g)
            {
                foreach (var store in _stores) store.AddNull();
            }
            var value = primary.IsNull(i) ? null : primary.GetValue(i);
            bool better = !_seen[g]
                || (!_firstRowOnly && value is not null && (_best[g] is null || ValueOrder.Compare(value, _best[g]) * (_isMax ? 1 : -1) > 0));
            if (!better) continue;
            _seen[g] = true;
            _best[g] = value;
            for (int c = 0; c < _stores.Length; c++) _stores[c].SetFrom(g, args[c], i);
            Ensure(ref _rowBytes, g);
            long size = 0;
            for (int c = 0; c < _stores.Length; c++)
            {
                if (args[c].Type is KqlType.String or KqlType.Dynamic) size += Execution.Memory.ValueSize.Of(args[c].GetValue(i));
            }
            _bytes += size - _rowBytes[g];
            _rowBytes[g] = size;
        }
    }

    public override long EstimatedBytes(int groupCount) => groupCount * (24L + 16L * _stores.Length) + _bytes;

    public override Column[] Results(int groupCount)
    {
        while (_stores[0].Count < groupCount)
        {
            foreach (var store in _stores) store.AddNull();
        }
        return _stores.Select(s => s.Build()).ToArray();
    }
}
