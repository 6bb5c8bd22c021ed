using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Planning;
using RmmHunt.Engine.Vectors;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// Removes the events matching any exclusion and counts, per exclusion, every event it matched (an
/// event two exclusions match counts for both).
/// </summary>
/// <param name="removedTotal">Counts each removed event once, however many exclusions matched it.</param>
public sealed class ExclusionOperator(IReadOnlyList<(EventFilter Filter, Evaluator Predicate)> exclusions, Action<long> removedTotal, IBatchSink next) : StreamingOperator(next)
{
    public override void Push(Batch batch)
    {
        if (batch.RowCount == 0) return;
        var removed = new bool[batch.RowCount];
        foreach (var (filter, predicate) in exclusions)
        {
            var mask = (PrimitiveColumn<bool>)predicate.Evaluate(batch);
            var matched = FilterOperator.Select(mask, batch.RowCount);
            int count = matched?.Length ?? batch.RowCount;
            if (count == 0) continue;
            filter.Count(count);
            if (filter.KeepRemoved) filter.Keep(matched is null ? batch : batch.Gather(matched));
            if (matched is null) Array.Fill(removed, true);
            else foreach (int row in matched) removed[row] = true;
        }
        var kept = new List<int>(batch.RowCount);
        for (int i = 0; i < removed.Length; i++)
        {
            if (!removed[i]) kept.Add(i);
        }
        removedTotal(batch.RowCount - kept.Count);
        if (kept.Count == batch.RowCount) Next.Push(batch);
        else if (kept.Count > 0) Next.Push(batch.Gather(kept.ToArray()));
    }
}
