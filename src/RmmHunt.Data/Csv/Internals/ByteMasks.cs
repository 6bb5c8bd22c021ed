using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>64-bit masks of the positions of two bytes in a 64-byte block (bit i = byte i), with the widest vectors the CPU has.</summary>
internal static class ByteMasks
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Of(ref byte block, byte a, byte b, out ulong maskA, out ulong maskB)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            var v = Vector512.LoadUnsafe(ref block);
            maskA = Vector512.Equals(v, Vector512.Create(a)).ExtractMostSignificantBits();
            maskB = Vector512.Equals(v, Vector512.Create(b)).ExtractMostSignificantBits();
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var lo = Vector256.LoadUnsafe(ref block);
            var hi = Vector256.LoadUnsafe(ref block, 32);
            maskA = Vector256.Equals(lo, Vector256.Create(a)).ExtractMostSignificantBits()
                | ((ulong)Vector256.Equals(hi, Vector256.Create(a)).ExtractMostSignificantBits() << 32);
            maskB = Vector256.Equals(lo, Vector256.Create(b)).ExtractMostSignificantBits()
                | ((ulong)Vector256.Equals(hi, Vector256.Create(b)).ExtractMostSignificantBits() << 32);
        }
        else
        {
            maskA = maskB = 0;
            for (int part = 0; part < 4; part++)
            {
                var v = Vector128.LoadUnsafe(ref block, (nuint)(part * 16));
                maskA |= (ulong)Vector128.Equals(v, Vector128.Create(a)).ExtractMostSignificantBits() << (part * 16);
                maskB |= (ulong)Vector128.Equals(v, Vector128.Create(b)).ExtractMostSignificantBits() << (part * 16);
            }
        }
    }

    /// <summary>Bit i of the result = parity of the set bits 0..i of <paramref name="x"/> (inside-quotes mask from a quote mask).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong PrefixXor(ulong x)
    {
        x ^= x << 1;
        x ^= x << 2;
        x ^= x << 4;
        x ^= x << 8;
        x ^= x << 16;
        x ^= x << 32;
        return x;
    }
}
