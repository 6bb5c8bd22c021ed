using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
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
    private readonly byte[][] _needles;

    // Many needles (a rule pack): one hashed pass over the block finds them all (see NeedleIndex).
    private readonly NeedleIndex? _index;

    private CandidateRows(byte[][] needles)
    {
        _needles = needles;
        if (needles.Length > PrefilterMatcher.IndexedAbove) _index = new NeedleIndex(needles);
    }

    /// <summary>Null when the prefilter cannot rule rows out (then neither can the matcher).</summary>
    public static CandidateRows? Create(RowPrefilter? filter, Func<char, bool> isVerbatim)
    {
        if (filter is null || filter.Alternatives.Count == 0) return null;
        var needles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alternative in filter.Alternatives)
        {
            // The same clauses the matcher checks (all needles narrowable); the one with the longest
            // shortest fragment is likely the rarest.
            var usable = alternative.Clauses
                .Select(c => c.AnyOf.Select(n => PrefilterMatcher.SafeFragment(n, isVerbatim)).ToList())
                .Where(f => f.Count > 0 && f.All(n => n is not null))
                .MaxBy(f => f.Min(n => n!.Length));
            if (usable is null) return null;
            foreach (var fragment in usable) needles.Add(fragment!.ToLowerInvariant());
        }
        return new CandidateRows(needles.Order(StringComparer.Ordinal).Select(Encoding.ASCII.GetBytes).ToArray());
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
                int at = IndexOfIgnoreCase(block, from, needle);
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

    /// <summary>First case-insensitive occurrence of the lower-case ASCII <paramref name="needle"/> at or after <paramref name="from"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> block, int from, byte[] needle)
    {
        int last = needle.Length - 1;
        byte first = needle[0], end = needle[last];
        // OR-ing 0x20 folds A-Z onto a-z; only letters get it, so other bytes compare exactly.
        byte firstFold = IsLetter(first) ? (byte)0x20 : (byte)0, endFold = IsLetter(end) ? (byte)0x20 : (byte)0;
        ref byte start = ref MemoryMarshal.GetReference(block);
        int i = from;
        if (Vector256.IsHardwareAccelerated)
        {
            var vFirst = Vector256.Create(first);
            var vEnd = Vector256.Create(end);
            var vFirstFold = Vector256.Create(firstFold);
            var vEndFold = Vector256.Create(endFold);
            for (; i + last + 32 <= block.Length; i += 32)
            {
                var a = Vector256.LoadUnsafe(ref start, (nuint)i) | vFirstFold;
                var b = Vector256.LoadUnsafe(ref start, (nuint)(i + last)) | vEndFold;
                uint hits = (Vector256.Equals(a, vFirst) & Vector256.Equals(b, vEnd)).ExtractMostSignificantBits();
                while (hits != 0)
                {
                    int at = i + BitOperations.TrailingZeroCount(hits);
                    if (Ascii.EqualsIgnoreCase(block.Slice(at, needle.Length), needle)) return at;
                    hits &= hits - 1;
                }
            }
        }
        for (; i + last < block.Length; i++)
        {
            if ((block[i] | firstFold) == first && Ascii.EqualsIgnoreCase(block.Slice(i, needle.Length), needle)) return i;
        }
        return -1;
    }

    private static bool IsLetter(byte b) => b is >= (byte)'a' and <= (byte)'z';
}
