using System.Text;

namespace RmmHunt.Engine.Sources;

/// <summary>
/// A <see cref="RowPrefilter"/> compiled to byte patterns for one input encoding. Only the ASCII part
/// of a needle is used, and only characters the encoding writes as themselves (a CSV doubles
/// <c>"</c>; JSON escapes <c>"</c>, <c>\</c> and may escape <c>/</c> or any non-ASCII character), so
/// a row that matches a query always passes: a skipped row can never be one a query would have kept.
/// </summary>
public sealed class PrefilterMatcher
{
    /// <summary>Fragments shorter than this are not worth checking; their clause is dropped (always passes).</summary>
    public const int MinimumFragment = 3;

    /// <summary>Above this many distinct needles a row is searched once for all of them (see <see cref="NeedleIndex"/>).</summary>
    public const int IndexedAbove = 8;

    // Each needle with its own rare-byte search: testing a needle's first byte (a space in " IT Solutions GmbH") stopped at every word.
    private readonly NeedleFinder[][][] _alternatives;

    // With many needles: each needle once in the index, and every alternative's clauses as needle ids.
    private readonly NeedleIndex? _index;
    private readonly int[][][] _alternativeIds = [];

    private PrefilterMatcher(string[][][] alternatives)
    {
        _alternatives = alternatives.Select(a => a.Select(c => c.Select(n => new NeedleFinder(n)).ToArray()).ToArray()).ToArray();
        var needles = Needles.ToList();
        if (needles.Count <= IndexedAbove) return;
        var ids = needles.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        _index = new NeedleIndex(needles.Select(Encoding.ASCII.GetBytes).ToList());
        _alternativeIds = alternatives.Select(a => a.Select(c => c.Select(n => ids[n]).ToArray()).ToArray()).ToArray();
    }

    /// <summary>The needles in use (lower case), for messages and tests.</summary>
    public IEnumerable<string> Needles => _alternatives.SelectMany(a => a).SelectMany(c => c).Select(n => Encoding.ASCII.GetString(n.Needle)).Distinct();

    /// <summary>
    /// Compiles for an encoding in which <paramref name="isVerbatim"/> tells which ASCII characters
    /// appear in the raw bytes as themselves. Returns null when some alternative cannot be narrowed
    /// (then no row may be skipped).
    /// </summary>
    public static PrefilterMatcher? Compile(RowPrefilter? filter, Func<char, bool> isVerbatim)
    {
        if (filter is null || filter.Alternatives.Count == 0) return null;
        var alternatives = new List<string[][]>();
        foreach (var alternative in filter.Alternatives)
        {
            var clauses = new List<string[]>();
            foreach (var clause in alternative.Clauses)
            {
                var fragments = clause.AnyOf.Select(n => SafeFragment(n, isVerbatim)).ToList();
                // One needle without a usable fragment makes the whole clause uncheckable.
                if (fragments.Count == 0 || fragments.Any(f => f is null)) continue;
                clauses.Add(fragments.Select(f => f!.ToLowerInvariant()).ToArray());
            }
            if (clauses.Count == 0) return null;
            alternatives.Add(clauses.ToArray());
        }
        return new PrefilterMatcher(alternatives.ToArray());
    }

    /// <summary>The longest run of verbatim ASCII characters of a needle, or null when too short.</summary>
    public static string? SafeFragment(string needle, Func<char, bool> isVerbatim)
    {
        int bestStart = 0, bestLength = 0;
        for (int i = 0; i < needle.Length;)
        {
            while (i < needle.Length && !IsUsable(needle[i], isVerbatim)) i++;
            int start = i;
            while (i < needle.Length && IsUsable(needle[i], isVerbatim)) i++;
            if (i - start > bestLength) (bestStart, bestLength) = (start, i - start);
        }
        return bestLength >= MinimumFragment ? needle.Substring(bestStart, bestLength) : null;
    }

    private static bool IsUsable(char c, Func<char, bool> isVerbatim) => c is >= ' ' and < (char)127 && isVerbatim(c);

    public bool Matches(ReadOnlySpan<byte> row)
    {
        if (_index is not null) return MatchesIndexed(row);
        foreach (var alternative in _alternatives)
        {
            bool all = true;
            foreach (var clause in alternative)
            {
                bool any = false;
                foreach (var needle in clause)
                {
                    if (needle.IndexIn(row) >= 0) { any = true; break; }
                }
                if (!any) { all = false; break; }
            }
            if (all) return true;
        }
        return false;
    }

    /// <summary>The same test with the needles found in one pass over the row, then the alternatives checked on what was found.</summary>
    private bool MatchesIndexed(ReadOnlySpan<byte> row)
    {
        Span<bool> present = _index!.Count <= 1024 ? stackalloc bool[_index.Count] : new bool[_index.Count];
        _index.MarkPresent(row, present);
        foreach (var alternative in _alternativeIds)
        {
            bool all = true;
            foreach (var clause in alternative)
            {
                bool any = false;
                foreach (int id in clause)
                {
                    if (present[id]) { any = true; break; }
                }
                if (!any) { all = false; break; }
            }
            if (all) return true;
        }
        return false;
    }
}
