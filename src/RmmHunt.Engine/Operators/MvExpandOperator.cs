using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// <c>mv-expand</c>: one output row per element of the expanded arrays or bags, expanded in parallel.
/// A null value gives one row with null; an empty array or bag gives none; any other scalar gives one
/// row. Elements become the column's value; with <c>to typeof(T)</c> an element that is not a T is null.
/// </summary>
public sealed class MvExpandOperator(BoundMvExpand plan, Evaluator[] values, ISet<int> needed, IBatchSink next) : StreamingOperator(next)
{
    public override void Push(Batch batch)
    {
        var expanded = values.Select(v => v.Evaluate(batch)).ToArray();
        var sourceRows = new List<int>();
        var elements = plan.Expansions.Select(_ => new List<object?>()).ToArray();
        var indexes = new List<long>();
        for (int row = 0; row < batch.RowCount; row++)
        {
            var lists = expanded.Select(c => Elements(c.GetValue(row))).ToArray();
            long count = Math.Min(plan.Limit, lists.Length == 0 ? 0 : lists.Max(l => l.Count));
            for (int i = 0; i < count; i++)
            {
                sourceRows.Add(row);
                indexes.Add(i);
                for (int e = 0; e < lists.Length; e++) elements[e].Add(i < lists[e].Count ? lists[e][i] : null);
            }
        }
        if (sourceRows.Count == 0) return;
        var rows = sourceRows.ToArray();
        var columns = new Column?[plan.Schema.Count];
        for (int c = 0; c < columns.Length; c++)
        {
            if (!needed.Contains(c)) continue;
            int source = plan.Passthrough[c];
            if (source >= 0) columns[c] = batch.Columns[source]?.Gather(rows);
        }
        for (int e = 0; e < plan.Expansions.Count; e++)
        {
            var expansion = plan.Expansions[e];
            if (!needed.Contains(expansion.Output)) continue;
            var builder = ColumnBuilder.Create(expansion.Type, rows.Length);
            foreach (var element in elements[e]) builder.Add(expansion.Type == KqlType.Dynamic ? element : Cast(element, expansion.Type));
            columns[expansion.Output] = builder.Build();
        }
        if (plan.ItemIndexOutput is int index && needed.Contains(index))
            columns[index] = new PrimitiveColumn<long>(KqlType.Long, indexes.ToArray());
        Next.Push(new Batch(columns, rows.Length));
    }

    private IReadOnlyList<object?> Elements(object? value) => Elements(value, plan.BagsAsArrays);

    /// <summary>The elements a value expands to (shared with mv-apply).</summary>
    public static IReadOnlyList<object?> Elements(object? value, bool bagsAsArrays) => value switch
    {
        null => [null],
        DynArray array => array,
        DynBag bag => bag.Select(p => bagsAsArrays
            ? (object)new DynArray([p.Key, p.Value])
            : new DynBag([p])).ToList(),
        _ => [value],
    };

    /// <summary><c>to typeof(T)</c> only casts: an element of another type becomes null (no parsing).</summary>
    public static object? Cast(object? element, KqlType type) => (type, element) switch
    {
        (KqlType.String, string s) => s,
        (KqlType.Long, long l) => l,
        (KqlType.Int, long l) when l is >= int.MinValue and <= int.MaxValue => (int)l,
        (KqlType.Real, double d) => d,
        (KqlType.Real, long l) => (double)l,
        (KqlType.Bool, bool b) => b,
        (KqlType.DateTime, DateTime t) => t,
        (KqlType.TimeSpan, TimeSpan t) => t,
        (KqlType.Guid, Guid g) => g,
        _ => null,
    };
}
