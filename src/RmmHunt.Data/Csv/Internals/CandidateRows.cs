using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Finds the rows of a block that can pass the prefilter with one vectorized pass per needle over the
/// whole block, instead of one search per row: a hunt's needles are rare, so nearly all of the block is
/// ruled out at memory speed. Each alternative of the prefilter contributes the needles of one of its
/// clauses (every passing row has one of them); the rows found are then checked with the full
/// <see cref="PrefilterMatcher"/>, so the rows kept are exactly those it passes.
/// </summary>
internal sealed class CandidateRows
{
    private readonly NeedleFinder[] _needles;

    // Many needles (a rule pack): one hashed pass over the block finds them all (see NeedleIndex).
    private readonly NeedleIndex? _index;

    private CandidateRows(NeedleFinder[] needles)
    {
        _needles = needles;
        if (needles.Length > PrefilterMatcher.IndexedAbove) _index = new NeedleIndex(needles.Select(n => n.Needle.ToArray()).ToArray());
    }

    /// <summary>The needle when there is just one: then the row scan finds it in the same pass (see <see cref="RowScanner"/>) instead of <see cref="Mark"/>.</summary>
    public NeedleFinder? Single => _needles.Length == 1 ? _needles[0] : null;

    /// <summary>Null when the prefilter cannot rule rows out (then neither can the matcher).</summary>
    public static CandidateRows? Create(RowPrefilter? filter, Func<char, bool> isVerbatim)
    {
        if (filter is null || filter.Alternatives.Count == 0) return null;
        var needles = new Dictionary<string, NeedleFinder>(StringComparer.Ordinal);
        foreach (var alternative in filter.Alternatives)
        {
            // The same clauses the matcher checks (all needles narrowable); of those, the one whose
            // needles stop the search least often: the rarest worst needle, then the longest.
            var usable = alternative.Clauses
                .Select(c => c.AnyOf.Select(n => PrefilterMatcher.SafeFragment(n, isVerbatim)).ToList())
                .Where(f => f.Count > 0 && f.All(n => n is not null))
                .Select(f => f.Select(n => new NeedleFinder(n!)).ToList())
                .OrderByDescending(f => f.Min(n => n.Rarity))
                .ThenByDescending(f => f.Min(n => n.Needle.Length))
                .FirstOrDefault();
            if (usable is null) return null;
            foreach (var finder in usable) needles.TryAdd(System.Text.Encoding.ASCII.GetString(finder.Needle), finder);
        }
        return new CandidateRows(needles.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Value).ToArray());
    }

    /// <summary>Sets <paramref name="candidate"/>[r] for each row r (ending at <paramref name="ends"/>[r], or at the block end) that holds a needle.</summary>
    public void Mark(ReadOnlySpan<byte> block, ReadOnlySpan<int> ends, Span<bool> candidate)
    {
        if (_index is not null)
        {
            MarkIndexed(block, ends, candidate);
            return;
        }
        foreach (var needle in _needles)
        {
            int from = 0;
            while (true)
            {
                int at = needle.IndexIn(block, from);
                if (at < 0) break;
                int row = ends.BinarySearch(at);
                if (row < 0) row = ~row;
                candidate[row] = true;
                if (row >= ends.Length) break;
                from = ends[row] + 1; // the row is in: look on from the next one
            }
        }
    }

    private void MarkIndexed(ReadOnlySpan<byte> block, ReadOnlySpan<int> ends, Span<bool> candidate)
    {
        int from = 0;
        while (true)
        {
            var (at, _) = _index!.FindFirst(block, from);
            if (at < 0) return;
            int row = ends.BinarySearch(at);
            if (row < 0) row = ~row;
            candidate[row] = true;
            if (row >= ends.Length) return;
            from = ends[row] + 1; // the row is in: look on from the next one
        }
    }
}
