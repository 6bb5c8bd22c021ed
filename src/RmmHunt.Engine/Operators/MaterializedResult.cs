using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Execution.Memory;
using RmmHunt.Engine.Vectors;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// The shared result of a <c>materialize()</c>: its pipeline runs once, and when it completes every
/// reference receives all its rows.
/// </summary>
public sealed class MaterializedResult(RunContext? context = null) : IBatchSink
{
    private readonly List<Batch> _batches = [];
    private readonly List<IBatchSink> _readers = [];
    private readonly OperatorBudget _budget = new(context, "materialize() result");

    public void AddReader(IBatchSink reader) => _readers.Add(reader);

    public bool WantsMore => true;

    public void Push(Batch batch)
    {
        if (batch.RowCount == 0) return;
        _budget.Memory.Add(ValueSize.Of(batch));
        _batches.Add(batch);
    }

    public void Complete()
    {
        foreach (var reader in _readers)
        {
            foreach (var batch in _batches)
            {
                if (!reader.WantsMore) break;
                reader.Push(batch);
            }
            reader.Complete();
        }
        _batches.Clear();
        _budget.Dispose();
    }
}
