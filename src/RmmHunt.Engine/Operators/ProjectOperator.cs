using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Vectors;

namespace RmmHunt.Engine.Operators;

/// <summary>project/extend and kin: each output column is an expression over the input; columns no later operator reads are not computed.</summary>
public sealed class ProjectOperator(Evaluator?[] columns, IBatchSink next) : StreamingOperator(next)
{
    public override void Push(Batch batch)
    {
        var output = new Column?[columns.Length];
        for (int i = 0; i < columns.Length; i++) output[i] = columns[i]?.Evaluate(batch);
        Next.Push(new Batch(output, batch.RowCount));
    }
}
