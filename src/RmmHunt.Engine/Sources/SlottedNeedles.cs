using System.Text;

namespace RmmHunt.Engine.Sources;

/// <summary>
/// A prefilter's needles grouped by the slot they must occur in (a CSV field, a table column), one
/// <see cref="NeedleIndex"/> per slot, and its alternatives as needle ids: the part the field-wise filters
/// of every reader share. Ids run slot after slot, so a slot's index marks its needles at
/// <see cref="Offsets"/>[slot] in one presence array for the whole row.
/// </summary>
public sealed class SlottedNeedles
{
    private readonly int[][][] _alternatives; // alternative → clause → needle ids
    private readonly int[][] _byFirstClauseNeedle; // needle id → alternatives whose first clause holds it

    /// <param name="alternatives">Per alternative, per clause, its needles: the slot and the lower-case fragment (three bytes or more).</param>
    public SlottedNeedles(IReadOnlyList<IReadOnlyList<IReadOnlyList<(int Slot, string Fragment)>>> alternatives)
    {
        var slots = new SortedDictionary<int, Dictionary<string, int>>(); // slot → fragment → id within the slot
        foreach (var (slot, fragment) in alternatives.SelectMany(a => a).SelectMany(c => c))
        {
            if (!slots.TryGetValue(slot, out var ids)) slots[slot] = ids = new Dictionary<string, int>(StringComparer.Ordinal);
            ids.TryAdd(fragment, ids.Count);
        }
        Slots = slots.Keys.ToArray();
        Indexes = Slots.Select(s => new NeedleIndex(slots[s].OrderBy(p => p.Value).Select(p => Encoding.ASCII.GetBytes(p.Key)).ToList())).ToArray();
        Offsets = new int[Slots.Length];
        for (int s = 1; s < Slots.Length; s++) Offsets[s] = Offsets[s - 1] + Indexes[s - 1].Count;
        Needles = Indexes.Sum(i => i.Count);
        var offsetOf = Slots.Select((slot, s) => (slot, s)).ToDictionary(p => p.slot, p => Offsets[p.s]);
        _alternatives = alternatives.Select(a => a.Select(c => c.Select(n => offsetOf[n.Slot] + slots[n.Slot][n.Fragment]).Distinct().ToArray()).ToArray()).ToArray();
        var byNeedle = Enumerable.Range(0, Needles).Select(_ => new List<int>()).ToArray();
        for (int a = 0; a < _alternatives.Length; a++)
        {
            foreach (int id in _alternatives[a][0]) byNeedle[id].Add(a);
        }
        _byFirstClauseNeedle = byNeedle.Select(l => l.ToArray()).ToArray();
    }

    /// <summary>The slots searched, ascending.</summary>
    public int[] Slots { get; }

    /// <summary>The needles of each of <see cref="Slots"/>.</summary>
    public NeedleIndex[] Indexes { get; }

    /// <summary>Where each slot's needle ids start.</summary>
    public int[] Offsets { get; }

    /// <summary>Needles in all slots: the size of a presence array.</summary>
    public int Needles { get; }

    /// <summary>The alternatives, numbered as given.</summary>
    public int Alternatives => _alternatives.Length;

    /// <summary>
    /// Adds to <paramref name="passing"/> every alternative not in it yet whose first clause holds needle
    /// <paramref name="id"/> and whose every clause has a needle marked in <paramref name="present"/>. Called
    /// for each needle a row holds, it leaves the alternatives (rules) the row passes, each once: a row can
    /// pass an alternative only through a needle of its first clause.
    /// </summary>
    public void AddPassing(int id, ReadOnlySpan<bool> present, List<int> passing)
    {
        foreach (int alternative in _byFirstClauseNeedle[id])
        {
            if (!passing.Contains(alternative) && Satisfied(alternative, present)) passing.Add(alternative);
        }
    }

    /// <summary>Whether each clause of <paramref name="alternative"/> has a needle marked in <paramref name="present"/>.</summary>
    private bool Satisfied(int alternative, ReadOnlySpan<bool> present)
    {
        foreach (var clause in _alternatives[alternative])
        {
            bool any = false;
            foreach (int id in clause)
            {
                if (present[id]) { any = true; break; }
            }
            if (!any) return false;
        }
        return true;
    }
}
