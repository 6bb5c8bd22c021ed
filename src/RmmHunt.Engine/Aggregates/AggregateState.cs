using RmmHunt.Engine.Vectors;

namespace RmmHunt.Engine.Aggregates;

/// <summary>
/// The running state of one aggregate for every group. <see cref="Update"/> receives each row's group
/// and the aggregate's argument vectors; groups appear as the group table creates them.
/// </summary>
public abstract class AggregateState
{
    public abstract void Update(int[] groups, Column[] args, int rowCount);

    /// <summary>The output columns (most aggregates have one), one value per group.</summary>
    public abstract Column[] Results(int groupCount);

    /// <summary>
    /// About how many bytes the state holds for <paramref name="groupCount"/> groups, charged to the run's
    /// memory budget. A fixed size per group unless the state grows with the values it sees (sets, lists).
    /// </summary>
    public virtual long EstimatedBytes(int groupCount) => groupCount * 16L;

    /// <summary>Grows a per-group array to hold <paramref name="group"/>.</summary>
    protected static void Ensure<T>(ref T[] array, int group, T fill = default!)
    {
        if (group < array.Length) return;
        int old = array.Length;
        Array.Resize(ref array, Math.Max(group + 1, old * 2 + 16));
        if (!EqualityComparer<T>.Default.Equals(fill, default!)) Array.Fill(array, fill, old, array.Length - old);
    }

    protected static bool IsTrue(Column predicate, int row) =>
        !predicate.IsNull(row) && ((PrimitiveColumn<bool>)predicate).Values[row];
}
