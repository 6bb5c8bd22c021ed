using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// <c>sort by</c> and <c>top N by</c>: gathers all input, orders it and emits it (the first
/// <see cref="_limit"/> rows only, for top).
/// </summary>
public sealed class SortOperator : IBatchSink
{
    private readonly (Evaluator Value, BoundSortKey Spec)[] _keys;
    private readonly long _limit;
    private readonly IBatchSink _next;
    private readonly List<Batch> _batches = [];

    public SortOperator((Evaluator Value, BoundSortKey Spec)[] keys, long limit, IBatchSink next)
    {
        _keys = keys;
        _limit = limit;
        _next = next;
    }

    public bool WantsMore => _next.WantsMore;

    public void Push(Batch batch)
    {
        if (batch.RowCount > 0) _batches.Add(batch);
    }

    public void Complete()
    {
        var all = Concat(_batches);
        _batches.Clear();
        if (all.RowCount > 0)
        {
            var keys = _keys.Select(k => new SortKeyValues(k.Value.Evaluate(all), k.Spec.Descending, k.Spec.NullsFirst)).ToArray();
            var order = Enumerable.Range(0, all.RowCount).ToArray();
            Array.Sort(order, RowComparer.Create(keys));
            int take = (int)Math.Min(_limit, order.Length);
            _next.Push(all.Gather(order.AsSpan(0, take)));
        }
        _next.Complete();
    }

    /// <summary>
    /// One batch holding all rows; columns not loaded stay null. A column some batches lack (an outer
    /// join fills the other side only where a later operator reads it) is one no later operator reads.
    /// </summary>
    public static Batch Concat(IReadOnlyList<Batch> batches)
    {
        if (batches.Count == 1) return batches[0];
        int width = batches.Count == 0 ? 0 : batches[0].Columns.Length;
        var columns = new Column?[width];
        for (int c = 0; c < width; c++)
        {
            if (batches[0].Columns[c] is not { } first || batches.Any(b => b.Columns[c] is null)) continue;
            columns[c] = ColumnBuilder.Concat(first.Type, batches.Select(b => b.Column(c)).ToList());
        }
        return new Batch(columns, batches.Sum(b => b.RowCount));
    }
}
