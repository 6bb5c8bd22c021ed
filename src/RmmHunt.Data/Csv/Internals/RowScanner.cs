using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Finds where the rows of a chunk end (each <c>\n</c> outside quotes) and, in the same pass over its
/// bytes, the rows that hold a needle. Works 64 bytes at a time on bit masks (quotes, newlines, needle
/// bytes; the inside-quotes mask is the running parity of the quote mask), so its speed does not
/// depend on how many quotes, fields or needle look-alikes the rows have.
/// <para>
/// Why one pass for both: a hunt rules out nearly every row on its raw bytes, so reading the bytes is
/// most of the scan; a separate pass for the needle cost a quarter of the scan's time.
/// </para>
/// </summary>
internal sealed class RowScanner
{
    private int[] _ends = new int[1024];
    private int[] _hits = new int[64];
    private int _position, _count, _hitCount, _lastHit, _newlines;
    private int _needleFrom; // where the needle search after the scan starts
    private ulong _inside; // all ones while inside a quoted field

    /// <summary>Offsets of the row-ending newlines.</summary>
    public ReadOnlySpan<int> Ends => _ends.AsSpan(0, _count);

    /// <summary>Indexes of the rows holding the needle (row r ends at <see cref="Ends"/>[r], or at the chunk end), ascending.</summary>
    public ReadOnlySpan<int> Hits => _hits.AsSpan(0, _hitCount);

    /// <summary>All newlines seen, quoted or not (for line numbers).</summary>
    public int Newlines => _newlines;

    /// <summary>
    /// The whole rows of the bytes just scanned (<paramref name="length"/> of them): how many row ends
    /// they take and how many bytes. At the end of the input (<paramref name="atEnd"/>) a last row without
    /// its newline is whole unless it is inside an unterminated quote. They stop before the first row
    /// whose newline lies <paramref name="maxRowBytes"/> bytes or more after its start
    /// (<c>StoppedAtLongRow</c>), whose first line the caller gives up.
    /// </summary>
    public (int Rows, int Bytes, bool StoppedAtLongRow) WholeRows(int length, bool atEnd, int maxRowBytes)
    {
        int bytes = atEnd && _inside == 0 ? length : _count > 0 ? _ends[_count - 1] + 1 : 0;
        var (longRow, longStart) = FirstRowLongerThan(maxRowBytes, bytes == length ? bytes : -1);
        return longRow >= 0 ? (longRow, longStart, true) : (_count, bytes, false);
    }

    /// <summary>
    /// The first row whose newline lies <paramref name="limit"/> bytes or more after its start: its index and
    /// start; (-1, 0) if none. With <paramref name="length"/>, the bytes after the last newline up to it are a
    /// last row too (the end of the input: a last row needs no newline).
    /// </summary>
    private (int Row, int Start) FirstRowLongerThan(int limit, int length)
    {
        var ends = Ends;
        int start = 0;
        for (int r = 0; r < ends.Length; start = ends[r] + 1, r++)
        {
            if (ends[r] - start >= limit) return (r, start);
        }
        return length - start >= limit ? (ends.Length, start) : (-1, 0);
    }

    /// <summary>Indexes <paramref name="chunk"/> (which starts outside quotes); <paramref name="needle"/> null finds row ends only.</summary>
    public void Scan(ReadOnlySpan<byte> chunk, NeedleFinder? needle)
    {
        _position = _count = _hitCount = _newlines = 0;
        _lastHit = -1;
        _inside = 0;
        _needleFrom = 0;
        if (needle is not null) ScanWithNeedle(chunk, needle);
        ScanStructure(chunk);
        if (_position < chunk.Length)
        {
            Span<byte> tail = stackalloc byte[64];
            tail.Clear();
            chunk[_position..].CopyTo(tail);
            ByteMasks.Of(ref MemoryMarshal.GetReference(tail), (byte)'"', (byte)'\n', out ulong quotes, out ulong lineEnds);
            RowEnds(quotes, lineEnds, _position, ref _ends, ref _count, ref _inside, ref _newlines);
            _position = chunk.Length;
        }
        if (needle is null) return;
        // Candidates the scan left (its last window), by plain search.
        var ends = Ends;
        for (int at = needle.IndexIn(chunk, _needleFrom); at >= 0; at = needle.IndexIn(chunk, at + 1))
        {
            int row = ends.BinarySearch(at);
            AddHit(row < 0 ? ~row : row);
        }
    }

    // The loops keep their state in locals (fields of this class would go through memory on every window).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanStructure(ReadOnlySpan<byte> chunk)
    {
        ref byte start = ref MemoryMarshal.GetReference(chunk);
        var (ends, count, inside, newlines) = (_ends, _count, _inside, _newlines);
        int i = _position;
        for (; i + 64 <= chunk.Length; i += 64)
        {
            ByteMasks.Of(ref Unsafe.Add(ref start, i), (byte)'"', (byte)'\n', out ulong quotes, out ulong lineEnds);
            RowEnds(quotes, lineEnds, i, ref ends, ref count, ref inside, ref newlines);
        }
        (_ends, _count, _inside, _newlines, _position) = (ends, count, inside, newlines, i);
    }

    /// <summary>
    /// The windows' row ends and needle hits. Both tested needle bytes come from the window's own load,
    /// as masks; a candidate is a position of byte 2 with byte 1 the right distance before it (perhaps in
    /// the window before). Loading the needle bytes at their offsets instead cost two unaligned loads
    /// per window, as much as the row ends themselves.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanWithNeedle(ReadOnlySpan<byte> chunk, NeedleFinder needle)
    {
        ref byte start = ref MemoryMarshal.GetReference(chunk);
        var (offset1, byte1, fold1, offset2, byte2, fold2) = needle.Probe;
        int distance = offset2 - offset1; // offset1 <= offset2
        if (distance >= 64) return; // bytes this far apart are left to the search after the scan
        var (ends, count, inside, newlines) = (_ends, _count, _inside, _newlines);
        ulong before1 = 0; // byte 1 in the window before
        int i = _position;
        for (; i + 64 <= chunk.Length; i += 64)
        {
            ByteMasks.Of(ref Unsafe.Add(ref start, i), (byte)'"', (byte)'\n', out ulong quotes, out ulong lineEnds, byte1, fold1, out ulong at1, byte2, fold2, out ulong at2);
            RowEnds(quotes, lineEnds, i, ref ends, ref count, ref inside, ref newlines);
            ulong probe = at2 & (distance == 0 ? at1 : (at1 << distance) | (before1 >> (64 - distance)));
            if (probe != 0) Verify(chunk, needle, i - offset2, probe, ends.AsSpan(0, count));
            before1 = at1;
        }
        (_ends, _count, _inside, _newlines, _position) = (ends, count, inside, newlines, i);
        _needleFrom = Math.Max(0, i - offset2);
    }

    /// <summary>Checks in full the needle starting at <paramref name="from"/> + each bit of <paramref name="probe"/>; a hit marks its row.</summary>
    private void Verify(ReadOnlySpan<byte> chunk, NeedleFinder needle, int from, ulong probe, ReadOnlySpan<int> ends)
    {
        while (probe != 0)
        {
            int at = from + BitOperations.TrailingZeroCount(probe);
            probe &= probe - 1;
            if (at < 0 || !needle.IsAt(chunk, at)) continue;
            int row = ends.BinarySearch(at);
            AddHit(row < 0 ? ~row : row);
        }
    }

    /// <summary>The row ends of a window from its quote and newline masks, collected into <paramref name="ends"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RowEnds(ulong quotes, ulong lineEnds, int offset, ref int[] ends, ref int count, ref ulong inside, ref int newlines)
    {
        newlines += BitOperations.PopCount(lineEnds);
        ulong quoted = ByteMasks.PrefixXor(quotes) ^ inside;
        inside = (ulong)((long)quoted >> 63);
        ulong rowEnds = lineEnds & ~quoted;
        if (rowEnds != 0) Collect(offset, rowEnds, ref ends, ref count);
    }

    private static void Collect(int offset, ulong bits, ref int[] ends, ref int count)
    {
        if (count + 64 > ends.Length) Array.Resize(ref ends, Math.Max(ends.Length * 2, count + 64));
        while (bits != 0)
        {
            ends[count++] = offset + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
        }
    }

    private void AddHit(int row)
    {
        if (row == _lastHit) return;
        if (_hitCount == _hits.Length) Array.Resize(ref _hits, _hitCount * 2);
        _hits[_hitCount++] = _lastHit = row;
    }
}
