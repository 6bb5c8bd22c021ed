using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Execution.Memory;
using RmmHunt.Engine.Vectors;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// Gathers all input and passes it on as one batch, for operators whose expressions read neighbouring
/// rows (window functions) and so must see every row at once, in order.
/// </summary>
public sealed class WholeInputOperator(IBatchSink next, RunContext? context = null) : IBatchSink
{
    private readonly List<Batch> _batches = [];
    private readonly OperatorBudget _budget = new(context, "window function input");

    public bool WantsMore => next.WantsMore;

    public void Push(Batch batch)
    {
        if (batch.RowCount == 0) return;
        _budget.Memory.Add(ValueSize.Of(batch));
        _batches.Add(batch);
    }

    public void Complete()
    {
        if (_batches.Count > 0) next.Push(SortOperator.Concat(_batches));
        _batches.Clear();
        _budget.Dispose();
        next.Complete();
    }
}
