using RmmHunt.Engine.Aggregates;
using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Operators;

/// <summary>One aggregate of a summarize: its state and the evaluators of its arguments.</summary>
public sealed record AggregateSlot(AggregateState State, Evaluator[] Args);

/// <summary>
/// <c>summarize</c>: hash aggregation. Groups are created in order of first appearance; without a
/// by-clause there is exactly one output row, even for empty input (count() is then 0).
/// </summary>
public sealed class SummarizeOperator : IBatchSink
{
    private readonly Evaluator[] _keys;
    private readonly AggregateSlot[] _aggregates;
    private readonly IBatchSink _next;
    private readonly GroupTable _groups;
    private int[] _groupIds = new int[4096];

    public SummarizeOperator(Evaluator[] keys, AggregateSlot[] aggregates, IBatchSink next)
    {
        _keys = keys;
        _aggregates = aggregates;
        _next = next;
        _groups = new GroupTable(keys.Select(k => k.Type).ToArray());
    }

    public bool WantsMore => _next.WantsMore;

    public void Push(Batch batch)
    {
        if (batch.RowCount == 0) return;
        if (_groupIds.Length < batch.RowCount) _groupIds = new int[batch.RowCount];
        var keys = _keys.Select(k => k.Evaluate(batch)).ToArray();
        _groups.Assign(keys, batch.RowCount, _groupIds);
        foreach (var aggregate in _aggregates)
        {
            var args = aggregate.Args.Select(a => a.Evaluate(batch)).ToArray();
            aggregate.State.Update(_groupIds, args, batch.RowCount);
        }
    }

    public void Complete()
    {
        if (_keys.Length == 0) _groups.Assign([], 0, _groupIds); // the single group exists even without rows
        int groups = _groups.Count;
        var columns = new List<Column?>(_groups.BuildKeys());
        foreach (var aggregate in _aggregates) columns.AddRange(aggregate.State.Results(groups));
        if (groups > 0) _next.Push(new Batch(columns.ToArray(), groups));
        _next.Complete();
    }
}
