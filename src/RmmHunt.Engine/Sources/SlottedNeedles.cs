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
        // Plain loops and collections of reference types throughout: the published command has no ahead-of-time
        // code for LINQ and sorted collections over value types (tuples, pairs) and would compile it at every start.
        var slotIds = new Dictionary<int, Dictionary<string, int>>(); // slot → fragment → id within the slot, in order of first use
        foreach (var alternative in alternatives)
        {
            foreach (var clause in alternative)
            {
                for (int n = 0; n < clause.Count; n++)
                {
                    var (slot, fragment) = clause[n];
                    if (!slotIds.TryGetValue(slot, out var ids)) slotIds[slot] = ids = new Dictionary<string, int>(StringComparer.Ordinal);
                    ids.TryAdd(fragment, ids.Count);
                }
            }
        }
        Slots = SortedSlots(slotIds.Keys);
        Indexes = new NeedleIndex[Slots.Length];
        Offsets = new int[Slots.Length];
        var offsetOf = new Dictionary<int, int>();
        for (int s = 0; s < Slots.Length; s++)
        {
            var fragments = new byte[slotIds[Slots[s]].Count][];
            foreach (var (fragment, id) in slotIds[Slots[s]]) fragments[id] = Encoding.ASCII.GetBytes(fragment);
            Indexes[s] = new NeedleIndex(fragments);
            if (s > 0) Offsets[s] = Offsets[s - 1] + Indexes[s - 1].Count;
            offsetOf[Slots[s]] = Offsets[s];
        }
        Needles = Slots.Length == 0 ? 0 : Offsets[^1] + Indexes[^1].Count;
        _alternatives = new int[alternatives.Count][][];
        for (int a = 0; a < alternatives.Count; a++)
        {
            var clauses = alternatives[a];
            _alternatives[a] = new int[clauses.Count][];
            for (int c = 0; c < clauses.Count; c++)
            {
                var ids = new List<int>();
                for (int n = 0; n < clauses[c].Count; n++)
                {
                    var (slot, fragment) = clauses[c][n];
                    int id = offsetOf[slot] + slotIds[slot][fragment];
                    if (!ids.Contains(id)) ids.Add(id);
                }
                _alternatives[a][c] = ids.ToArray();
            }
        }
        var byNeedle = new List<int>[Needles];
        for (int id = 0; id < Needles; id++) byNeedle[id] = [];
        for (int a = 0; a < _alternatives.Length; a++)
        {
            foreach (int id in _alternatives[a][0]) byNeedle[id].Add(a);
        }
        _byFirstClauseNeedle = new int[Needles][];
        for (int id = 0; id < Needles; id++) _byFirstClauseNeedle[id] = byNeedle[id].ToArray();
        IsKeySlot = new bool[Slots.Length];
        for (int slot = 0; slot < Slots.Length; slot++)
        {
            for (int id = Offsets[slot]; id < Offsets[slot] + Indexes[slot].Count && !IsKeySlot[slot]; id++) IsKeySlot[slot] = _byFirstClauseNeedle[id].Length > 0;
        }
    }

    /// <summary>
    /// Per slot, whether it holds a needle of some alternative's first clause: a row with none of those needles
    /// passes no alternative (see <see cref="AddPassing"/>), whatever its other slots hold.
    /// </summary>
    public bool[] IsKeySlot { get; }

    /// <summary>The slots ascending; a filter has a handful (the columns its needles name), so an insertion sort does.</summary>
    private static int[] SortedSlots(IEnumerable<int> slots)
    {
        var sorted = new List<int>();
        foreach (int slot in slots)
        {
            int at = 0;
            while (at < sorted.Count && sorted[at] < slot) at++;
            sorted.Insert(at, slot);
        }
        return sorted.ToArray();
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
