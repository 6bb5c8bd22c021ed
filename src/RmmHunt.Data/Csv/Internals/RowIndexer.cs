using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Finds where the rows of a block end: each <c>\n</c> outside quotes. Works 64 bytes at a time on bit
/// masks (quotes, newlines; the inside-quotes mask is the running parity of the quote mask), so its
/// speed does not depend on how many quotes or fields the rows have.
/// </summary>
internal static class RowIndexer
{
    /// <summary>Writes the offsets of the row-ending newlines of <paramref name="data"/> (which starts outside quotes) into <paramref name="ends"/>.</summary>
    /// <returns>
    /// How many were written; <paramref name="ends"/> grows as needed. <paramref name="newlines"/> counts all
    /// newlines, quoted or not; <paramref name="endsInsideQuotes"/> says whether the data ends inside a quoted field.
    /// </returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int FindRowEnds(ReadOnlySpan<byte> data, ref int[] ends, out int newlines, out bool endsInsideQuotes)
    {
        int count = 0;
        newlines = 0;
        ulong inside = 0; // all ones while inside a quoted field
        ref byte start = ref MemoryMarshal.GetReference(data);
        int i = 0;
        for (; i + 64 <= data.Length; i += 64)
        {
            ByteMasks.Of(ref Unsafe.Add(ref start, i), (byte)'"', (byte)'\n', out ulong quotes, out ulong lineEnds);
            newlines += BitOperations.PopCount(lineEnds);
            Collect(ref ends, ref count, i, Outside(quotes, lineEnds, ref inside));
        }
        if (i < data.Length)
        {
            Span<byte> tail = stackalloc byte[64];
            tail.Clear();
            data[i..].CopyTo(tail);
            ByteMasks.Of(ref MemoryMarshal.GetReference(tail), (byte)'"', (byte)'\n', out ulong quotes, out ulong lineEnds);
            newlines += BitOperations.PopCount(lineEnds);
            Collect(ref ends, ref count, i, Outside(quotes, lineEnds, ref inside));
        }
        endsInsideQuotes = inside != 0;
        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Outside(ulong quotes, ulong newlines, ref ulong inside)
    {
        ulong quoted = ByteMasks.PrefixXor(quotes) ^ inside;
        inside = (ulong)((long)quoted >> 63);
        return newlines & ~quoted;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Collect(ref int[] ends, ref int count, int offset, ulong bits)
    {
        if (bits == 0) return;
        if (count + 64 > ends.Length) Array.Resize(ref ends, Math.Max(ends.Length * 2, count + 64));
        while (bits != 0)
        {
            ends[count++] = offset + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
        }
    }
}
