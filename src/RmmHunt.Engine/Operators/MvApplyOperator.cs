using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// <c>mv-apply</c>: for each record, expands its arrays into a small table, runs the subquery over
/// it (a fresh pipeline per record, as the subquery may aggregate), and emits the subquery's rows
/// after the record's other columns.
/// </summary>
public sealed class MvApplyOperator(BoundMvApply plan, Evaluator[] values, Func<(IBatchSink Source, ResultCollector Result)> newSubquery,
    IBatchSink next) : StreamingOperator(next)
{
    public override void Push(Batch batch)
    {
        var expanded = values.Select(v => v.Evaluate(batch)).ToArray();
        for (int row = 0; row < batch.RowCount; row++)
        {
            var result = RunSubquery(expanded, row);
            if (result.RowCount == 0) continue;
            var repeat = Enumerable.Repeat(row, result.RowCount).ToArray();
            var columns = plan.Passthrough.Select(i => batch.Columns[i]?.Gather(repeat)).Concat(result.Columns).ToArray();
            Next.Push(new Batch(columns, result.RowCount));
        }
    }

    private ResultTable RunSubquery(Column[] expanded, int row)
    {
        var lists = expanded.Select(c => MvExpandOperator.Elements(c.GetValue(row), bagsAsArrays: false)).ToArray();
        int count = (int)Math.Min(plan.Limit, lists.Length == 0 ? 0 : lists.Max(l => l.Count));
        var columns = new Column?[plan.Source.Schema.Count];
        for (int e = 0; e < plan.Expansions.Count; e++)
        {
            var expansion = plan.Expansions[e];
            var builder = ColumnBuilder.Create(expansion.Type, count);
            for (int i = 0; i < count; i++)
            {
                var element = i < lists[e].Count ? lists[e][i] : null;
                builder.Add(expansion.Type == KqlType.Dynamic ? element : MvExpandOperator.Cast(element, expansion.Type));
            }
            columns[expansion.Output] = builder.Build();
        }
        if (plan.ItemIndexOutput is int index) columns[index] = new PrimitiveColumn<long>(KqlType.Long, Enumerable.Range(0, count).Select(i => (long)i).ToArray());
        var (source, result) = newSubquery();
        if (count > 0) source.Push(new Batch(columns, count));
        source.Complete();
        return result.Result;
    }
}
