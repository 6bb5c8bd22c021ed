using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Execution.Memory;
using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// <c>sort by</c> and <c>top N by</c>: gathers the input, orders it and emits it (the first
/// <see cref="_limit"/> rows only, for top). What it holds is charged to the run's memory budget. A top
/// keeps only its best rows as input arrives (sorting and cutting whenever twice N have gathered), so
/// <c>top 10</c> over any input holds a few batches, not the input.
/// </summary>
public sealed class SortOperator : IBatchSink
{
    /// <summary>A top of up to this many rows is cut down as input arrives; larger ones gather everything, as a sort.</summary>
    private const long BoundedTop = 1 << 20;

    private readonly (Evaluator Value, BoundSortKey Spec)[] _keys;
    private readonly long _limit;
    private readonly IBatchSink _next;
    private readonly List<Batch> _batches = [];
    private readonly OperatorBudget _budget;
    private long _rows;

    public SortOperator((Evaluator Value, BoundSortKey Spec)[] keys, long limit, IBatchSink next, RunContext? context = null)
    {
        _keys = keys;
        _limit = limit;
        _next = next;
        _budget = new OperatorBudget(context, limit == long.MaxValue ? "sort" : "top");
    }

    public bool WantsMore => _next.WantsMore;

    public void Push(Batch batch)
    {
        if (batch.RowCount == 0) return;
        _budget.Cancellation.ThrowIfCancellationRequested();
        _budget.Memory.Add(ValueSize.Of(batch));
        _batches.Add(batch);
        _rows += batch.RowCount;
        if (_limit <= BoundedTop && _rows >= Math.Max(2 * _limit, 65_536))
        {
            var best = Best(Concat(_batches));
            _batches.Clear();
            _batches.Add(best);
            _rows = best.RowCount;
            _budget.Memory.SetTo(ValueSize.Of(best));
        }
    }

    public void Complete()
    {
        var all = Concat(_batches);
        _batches.Clear();
        if (all.RowCount > 0) _next.Push(Best(all));
        _budget.Dispose();
        _next.Complete();
    }

    /// <summary>The rows in order, cut to the limit. Ties keep input order, so cutting early changes nothing.</summary>
    private Batch Best(Batch all)
    {
        var keys = _keys.Select(k => new SortKeyValues(k.Value.Evaluate(all), k.Spec.Descending, k.Spec.NullsFirst)).ToArray();
        var order = Enumerable.Range(0, all.RowCount).ToArray();
        var compare = RowComparer.Create(keys);
        try
        {
            // Sorting millions of rows takes seconds: the comparisons observe cancellation.
            Array.Sort(order, (a, b) =>
            {
                _budget.Step();
                return compare(a, b);
            });
        }
        catch (InvalidOperationException e) when (e.InnerException is OperationCanceledException cancelled)
        {
            // Array.Sort wraps what a comparison throws.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cancelled);
        }
        return all.Gather(order.AsSpan(0, (int)Math.Min(_limit, order.Length)));
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
