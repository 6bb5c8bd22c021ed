using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Operators;

/// <summary>The end of a query's pipeline: gathers its output into a <see cref="ResultTable"/>.</summary>
public sealed class ResultCollector(TableSchema schema) : IBatchSink
{
    private readonly List<Batch> _batches = [];
    private ResultTable? _result;

    public bool WantsMore => _result is null;

    public void Push(Batch batch)
    {
        if (batch.RowCount > 0) _batches.Add(batch);
    }

    public void Complete() => _result = ResultTable.FromBatches(schema, _batches);

    public ResultTable Result => _result ?? throw new InvalidOperationException("the query has not completed");

    public bool IsComplete => _result is not null;
}
