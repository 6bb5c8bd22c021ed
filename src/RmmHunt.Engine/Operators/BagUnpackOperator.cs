using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Values;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Operators;

/// <summary><c>evaluate bag_unpack</c>: each property of the bag into its column (null where a row's bag lacks it).</summary>
public sealed class BagUnpackOperator(BoundBagUnpack plan, Evaluator bag, ISet<int> needed, IBatchSink next) : StreamingOperator(next)
{
    public override void Push(Batch batch)
    {
        var bags = bag.Evaluate(batch);
        var columns = new Column?[plan.Schema.Count];
        for (int i = 0; i < plan.Passthrough.Count; i++) columns[i] = batch.Columns[plan.Passthrough[i]];
        for (int k = 0; k < plan.Keys.Count; k++)
        {
            int output = plan.Passthrough.Count + k;
            if (!needed.Contains(output)) continue;
            var type = plan.Schema.Columns[output].Type;
            var builder = ColumnBuilder.Create(type, batch.RowCount);
            for (int row = 0; row < batch.RowCount; row++)
            {
                var value = bags.GetValue(row) is DynBag properties ? properties[plan.Keys[k]] : null;
                builder.Add(type == KqlType.Dynamic ? value : KqlConvert.To(type, value));
            }
            columns[output] = builder.Build();
        }
        Next.Push(new Batch(columns, batch.RowCount));
    }
}
