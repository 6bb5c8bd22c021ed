using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Execution.Memory;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Operators;

/// <summary>The end of a query's pipeline: gathers its output into a <see cref="ResultTable"/>.</summary>
public sealed class ResultCollector(TableSchema schema, RunContext? context = null) : IBatchSink
{
    private readonly List<Batch> _batches = [];
    private readonly OperatorBudget _budget = new(context, "the query's result");
    private ResultTable? _result;

    public bool WantsMore => _result is null;

    /// <summary>The result is held until the run is reported, so its charge is never released.</summary>
    public void Push(Batch batch)
    {
        if (batch.RowCount == 0) return;
        _budget.Memory.Add(ValueSize.Of(batch));
        _batches.Add(batch);
    }

    public void Complete() => _result = ResultTable.FromBatches(schema, _batches);

    public ResultTable Result => _result ?? throw new InvalidOperationException("the query has not completed");

    public bool IsComplete => _result is not null;
}
