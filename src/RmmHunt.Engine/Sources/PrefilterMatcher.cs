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

    private readonly byte[][][][] _alternatives;

    private PrefilterMatcher(byte[][][][] alternatives) => _alternatives = alternatives;

    /// <summary>The needles in use, for messages and tests.</summary>
    public IEnumerable<string> Needles => _alternatives.SelectMany(a => a).SelectMany(c => c).Select(Encoding.ASCII.GetString).Distinct();

    /// <summary>
    /// Compiles for an encoding in which <paramref name="isVerbatim"/> tells which ASCII characters
    /// appear in the raw bytes as themselves. Returns null when some alternative cannot be narrowed
    /// (then no row may be skipped).
    /// </summary>
    public static PrefilterMatcher? Compile(RowPrefilter? filter, Func<char, bool> isVerbatim)
    {
        if (filter is null || filter.Alternatives.Count == 0) return null;
        var alternatives = new List<byte[][][]>();
        foreach (var alternative in filter.Alternatives)
        {
            var clauses = new List<byte[][]>();
            foreach (var clause in alternative.Clauses)
            {
                var fragments = clause.AnyOf.Select(n => SafeFragment(n, isVerbatim)).ToList();
                // One needle without a usable fragment makes the whole clause uncheckable.
                if (fragments.Count == 0 || fragments.Any(f => f is null)) continue;
                clauses.Add(fragments.Select(f => Encoding.ASCII.GetBytes(f!.ToLowerInvariant())).ToArray());
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
        foreach (var alternative in _alternatives)
        {
            bool all = true;
            foreach (var clause in alternative)
            {
                bool any = false;
                foreach (var needle in clause)
                {
                    if (AsciiSearch.ContainsIgnoreCase(row, needle)) { any = true; break; }
                }
                if (!any) { all = false; break; }
            }
            if (all) return true;
        }
        return false;
    }
}
