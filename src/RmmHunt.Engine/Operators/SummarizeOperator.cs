using RmmHunt.Engine.Aggregates;
using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Execution.Memory;
using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Operators;

/// <summary>One aggregate of a summarize: its state and the evaluators of its arguments.</summary>
public sealed record AggregateSlot(AggregateState State, Evaluator[] Args);

/// <summary>
/// <c>summarize</c>: hash aggregation. Groups are created in order of first appearance; without a
/// by-clause there is exactly one output row, even for empty input (count() is then 0). The groups'
/// keys and the aggregates' state are charged to the run's memory budget after every batch.
/// </summary>
public sealed class SummarizeOperator : IBatchSink
{
    /// <summary>Per group besides its keys: the hash slots and the group's hash.</summary>
    private const long GroupOverhead = 24;

    private readonly Evaluator[] _keys;
    private readonly AggregateSlot[] _aggregates;
    private readonly IBatchSink _next;
    private readonly GroupTable _groups;
    private readonly OperatorBudget _budget;
    private int[] _groupIds = []; // sized by the first batch: most of a pack's rules never get one
    private long _keyBytes;

    public SummarizeOperator(Evaluator[] keys, AggregateSlot[] aggregates, IBatchSink next, RunContext? context = null)
    {
        _keys = keys;
        _aggregates = aggregates;
        _next = next;
        _groups = new GroupTable(keys.Select(k => k.Type).ToArray());
        _budget = new OperatorBudget(context, "summarize state");
    }

    public bool WantsMore => _next.WantsMore;

    public void Push(Batch batch)
    {
        if (batch.RowCount == 0) return;
        _budget.Cancellation.ThrowIfCancellationRequested();
        if (_groupIds.Length < batch.RowCount) _groupIds = new int[batch.RowCount];
        var keys = _keys.Select(k => k.Evaluate(batch)).ToArray();
        int before = _groups.Count;
        _groups.Assign(keys, batch.RowCount, _groupIds);
        if (_groups.Count > before) _keyBytes += NewGroupBytes(keys, before, batch.RowCount);
        foreach (var aggregate in _aggregates)
        {
            var args = aggregate.Args.Select(a => a.Evaluate(batch)).ToArray();
            aggregate.State.Update(_groupIds, args, batch.RowCount);
        }
        _budget.Memory.SetTo(_keyBytes + _aggregates.Sum(a => a.State.EstimatedBytes(_groups.Count)));
    }

    /// <summary>The keys of the groups this batch created: each is created by the first row that has it, in order.</summary>
    private long NewGroupBytes(Column[] keys, int firstNew, int rowCount)
    {
        long bytes = 0;
        for (int row = 0, next = firstNew; row < rowCount && next < _groups.Count; row++)
        {
            if (_groupIds[row] != next) continue;
            next++;
            bytes += GroupOverhead;
            foreach (var key in keys) bytes += key.Type is KqlType.String or KqlType.Dynamic ? 8 + ValueSize.Of(key.GetValue(row)) : 16;
        }
        return bytes;
    }

    public void Complete()
    {
        if (_keys.Length == 0) _groups.Assign([], 0, _groupIds); // the single group exists even without rows
        int groups = _groups.Count;
        var columns = new List<Column?>(_groups.BuildKeys());
        foreach (var aggregate in _aggregates) columns.AddRange(aggregate.State.Results(groups));
        // The state is handed on: whatever keeps the rows downstream charges them itself.
        _budget.Dispose();
        if (groups > 0) _next.Push(new Batch(columns.ToArray(), groups));
        _next.Complete();
    }
}
