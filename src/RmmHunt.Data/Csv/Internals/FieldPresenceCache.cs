using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Which needles of one <see cref="NeedleIndex"/> the values of one field hold (the full test of
/// <see cref="FieldNeedleFilter"/>, for the rows that hold a key needle): a pack's network rows repeat their
/// domains, and a lookup replaces a search of the value for every needle of the field.
/// </summary>
internal sealed class FieldPresenceCache(NeedleIndex needles) : FieldValueCache<int[]>
{
    private readonly bool[] _present = new bool[needles.Count]; // all false between computations

    /// <summary>The indexes of the needles <paramref name="value"/> holds, ascending (shared: do not change them).</summary>
    public int[] Present(ReadOnlySpan<byte> value) => Get(value);

    protected override int[] Compute(ReadOnlySpan<byte> value)
    {
        var present = _present.AsSpan();
        needles.MarkPresent(value, present);
        int count = present.Count(true);
        if (count == 0) return [];
        var ids = new int[count];
        for (int k = 0, id = -1; k < count; k++)
        {
            id += 1 + present[(id + 1)..].IndexOf(true);
            ids[k] = id;
            present[id] = false;
        }
        return ids;
    }
}
