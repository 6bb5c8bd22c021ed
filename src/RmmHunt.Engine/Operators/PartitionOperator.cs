using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Execution.Memory;
using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Vectors;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// <c>partition by Key ( subquery )</c>: holds all input, splits it by the key's value (null is a value
/// of its own), and runs a fresh pipeline of the subquery over each part in turn, in the order the
/// keys first appeared; each part's result is passed on as it completes.
/// </summary>
public sealed class PartitionOperator(Evaluator key, int maxPartitions, Func<(IBatchSink Source, ResultCollector Result)> newSubquery, IBatchSink next,
    RunContext? context = null) : IBatchSink
{
    private readonly List<Batch> _batches = [];
    private readonly OperatorBudget _budget = new(context, "partition input");

    /// <summary>Stands for null among the keys, as a dictionary key cannot be null.</summary>
    private static readonly object NullKey = new();

    public bool WantsMore => next.WantsMore;

    public void Push(Batch batch)
    {
        if (batch.RowCount == 0) return;
        _budget.Memory.Add(ValueSize.Of(batch));
        _batches.Add(batch);
    }

    public void Complete()
    {
        if (_batches.Count > 0)
        {
            var all = SortOperator.Concat(_batches);
            _batches.Clear();
            var keys = key.Evaluate(all);
            var parts = new Dictionary<object, List<int>>();
            var order = new List<List<int>>();
            for (int row = 0; row < all.RowCount; row++)
            {
                // A string has no null in Kusto: the empty string and null are one key.
                object value = keys.GetValue(row) is { } v and not string { Length: 0 } ? v : NullKey;
                if (!parts.TryGetValue(value, out var rows))
                {
                    if (parts.Count == maxPartitions)
                        throw new QueryException($"partition: the key has more than {maxPartitions} distinct values, the limit of the default (legacy) strategy; hint.strategy=native lifts it");
                    parts[value] = rows = [];
                    order.Add(rows);
                }
                rows.Add(row);
            }
            foreach (var rows in order)
            {
                _budget.Cancellation.ThrowIfCancellationRequested();
                var (source, result) = newSubquery();
                source.Push(all.Gather(rows.ToArray()));
                source.Complete();
                var table = result.Result;
                if (table.RowCount > 0) next.Push(new Batch(table.Columns.ToArray(), table.RowCount));
                if (!next.WantsMore) break;
            }
        }
        _budget.Dispose();
        next.Complete();
    }
}
