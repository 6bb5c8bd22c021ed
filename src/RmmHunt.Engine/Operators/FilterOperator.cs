using System.Runtime.InteropServices;
using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Vectors;

namespace RmmHunt.Engine.Operators;

/// <summary><c>where</c>: keeps the rows whose predicate is true (null counts as false).</summary>
public sealed class FilterOperator(Evaluator predicate, IBatchSink next) : StreamingOperator(next)
{
    public override void Push(Batch batch)
    {
        if (batch.RowCount == 0) return;
        var selected = Select((PrimitiveColumn<bool>)predicate.Evaluate(batch), batch.RowCount);
        if (selected is null) Next.Push(batch);
        else if (selected.Length > 0) Next.Push(batch.Gather(selected));
    }

    /// <summary>The rows to keep, or null when all are kept.</summary>
    public static int[]? Select(PrimitiveColumn<bool> mask, int rowCount)
    {
        if (mask.Nulls is null) return SelectTrue(mask.Values.AsSpan(0, rowCount));
        int count = 0;
        for (int i = 0; i < rowCount; i++)
        {
            if (mask.Values[i] && !mask.IsNull(i)) count++;
        }
        if (count == rowCount) return null;
        var rows = new int[count];
        int next = 0;
        for (int i = 0; i < rowCount && next < count; i++)
        {
            if (mask.Values[i] && !mask.IsNull(i)) rows[next++] = i;
        }
        return rows;
    }

    /// <summary>
    /// <see cref="Select"/> without nulls, on the mask's bytes with vectorized searches: a pack pushes
    /// every batch through hundreds of rules' filters, and most keep none of its rows or all of them.
    /// </summary>
    private static int[]? SelectTrue(ReadOnlySpan<bool> values)
    {
        var bytes = MemoryMarshal.AsBytes(values);
        int kept = bytes.Length - bytes.Count((byte)0);
        if (kept == bytes.Length) return null;
        var rows = new int[kept];
        int next = 0;
        if (kept * 8 > bytes.Length)
        {
            // Dense: a search per kept row would cost more than looking at every row.
            for (int i = 0; i < bytes.Length && next < kept; i++)
            {
                if (bytes[i] != 0) rows[next++] = i;
            }
            return rows;
        }
        for (int at = bytes.IndexOfAnyExcept((byte)0); at >= 0 && next < kept; )
        {
            rows[next++] = at;
            int step = bytes[(at + 1)..].IndexOfAnyExcept((byte)0);
            at = step < 0 ? -1 : at + 1 + step;
        }
        return rows;
    }
}
