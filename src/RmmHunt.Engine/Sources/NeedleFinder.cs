using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace RmmHunt.Engine.Sources;

/// <summary>
/// Finds a lower-case ASCII needle in UTF-8 bytes, ignoring ASCII case, at memory speed: vectors test
/// two of the needle's bytes at once, and only positions where both fit are compared in full.
/// <para>
/// Which two bytes matters more than anything else here: testing the first and last byte of
/// <c> IT Solutions GmbH</c> (a space and an h) stops at nearly every word of a log, while its two
/// rarest bytes (a b and a g) stop a few times per row at most. Rarity comes from
/// <see cref="ByFrequency"/>, a ranking of bytes in security telemetry.
/// </para>
/// </summary>
public sealed class NeedleFinder
{
    /// <summary>
    /// ASCII characters (letters folded to lower case) from the most to the least frequent, as counted
    /// over the Defender and Sentinel sample exports and detection files in the reference data: hex
    /// digits, separators and JSON punctuation dominate; bytes not listed are rarer still.
    /// </summary>
    private const string ByFrequency = "0e1,a24co dt6is8375r9f-nb:\"l.mp\\uwvghxy+k_/=[]()}{*'z@j;q$%`&><|#!~";

    private readonly byte[] _needle;
    private readonly int _rare1;
    private readonly int _rare2;

    /// <param name="needle">ASCII; matched ignoring ASCII case.</param>
    public NeedleFinder(string needle)
    {
        if (needle.Length == 0 || !Ascii.IsValid(needle)) throw new ArgumentException("the needle must be non-empty ASCII", nameof(needle));
        _needle = Encoding.ASCII.GetBytes(needle.ToLowerInvariant());
        (_rare1, _rare2) = RarestPositions(_needle);
        Rarity = Math.Min(Rank(_needle[_rare1]), Rank(_needle[_rare2]));
    }

    public ReadOnlySpan<byte> Needle => _needle;

    /// <summary>How rare the two tested bytes are (higher: fewer positions to compare in full).</summary>
    public int Rarity { get; }

    /// <summary>First occurrence at or after <paramref name="from"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int IndexIn(ReadOnlySpan<byte> data, int from = 0)
    {
        int last = _needle.Length - 1;
        var (offset1, b1, fold1, offset2, b2, fold2) = Probe;
        ref byte start = ref MemoryMarshal.GetReference(data);
        int i = from;
        if (Vector512.IsHardwareAccelerated)
        {
            var v1 = Vector512.Create(b1);
            var v2 = Vector512.Create(b2);
            var f1 = Vector512.Create(fold1);
            var f2 = Vector512.Create(fold2);
            for (; i + last + 64 <= data.Length; i += 64)
            {
                var a = Vector512.LoadUnsafe(ref start, (nuint)(i + offset1)) | f1;
                var b = Vector512.LoadUnsafe(ref start, (nuint)(i + offset2)) | f2;
                ulong hits = (Vector512.Equals(a, v1) & Vector512.Equals(b, v2)).ExtractMostSignificantBits();
                while (hits != 0)
                {
                    int at = i + BitOperations.TrailingZeroCount(hits);
                    if (IsAt(data, at)) return at;
                    hits &= hits - 1;
                }
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var v1 = Vector256.Create(b1);
            var v2 = Vector256.Create(b2);
            var f1 = Vector256.Create(fold1);
            var f2 = Vector256.Create(fold2);
            for (; i + last + 32 <= data.Length; i += 32)
            {
                var a = Vector256.LoadUnsafe(ref start, (nuint)(i + offset1)) | f1;
                var b = Vector256.LoadUnsafe(ref start, (nuint)(i + offset2)) | f2;
                uint hits = (Vector256.Equals(a, v1) & Vector256.Equals(b, v2)).ExtractMostSignificantBits();
                while (hits != 0)
                {
                    int at = i + BitOperations.TrailingZeroCount(hits);
                    if (IsAt(data, at)) return at;
                    hits &= hits - 1;
                }
            }
        }
        for (; i + last < data.Length; i++)
        {
            if ((data[i + offset1] | fold1) == b1 && IsAt(data, i)) return i;
        }
        return -1;
    }

    /// <summary>
    /// The two tested bytes and their offsets in the needle, with the case fold of each: OR-ing 0x20 folds
    /// A-Z onto a-z; only letters get it, so other bytes compare exactly.
    /// </summary>
    public (int Offset1, byte Byte1, byte Fold1, int Offset2, byte Byte2, byte Fold2) Probe
    {
        get
        {
            byte b1 = _needle[_rare1], b2 = _needle[_rare2];
            return (_rare1, b1, IsLetter(b1) ? (byte)0x20 : (byte)0, _rare2, b2, IsLetter(b2) ? (byte)0x20 : (byte)0);
        }
    }

    /// <summary>Whether the needle occurs at <paramref name="at"/> (ignoring ASCII case).</summary>
    public bool IsAt(ReadOnlySpan<byte> data, int at) => at + _needle.Length <= data.Length && Ascii.EqualsIgnoreCase(data.Slice(at, _needle.Length), _needle);

    /// <summary>The positions of the two rarest bytes (distinct positions; the same when the needle has one byte).</summary>
    private static (int, int) RarestPositions(byte[] needle)
    {
        var order = Enumerable.Range(0, needle.Length).OrderByDescending(p => Rank(needle[p])).ThenBy(p => p).ToArray();
        int first = order[0];
        // A second position holding a different byte tells more than a repeat of the first.
        int second = order.Skip(1).Where(p => needle[p] != needle[first]).DefaultIfEmpty(order.Length > 1 ? order[1] : first).First();
        return (Math.Min(first, second), Math.Max(first, second));
    }

    /// <summary>Higher is rarer; bytes missing from the ranking are the rarest.</summary>
    private static int Rank(byte b)
    {
        int at = ByFrequency.IndexOf((char)b);
        return at < 0 ? ByFrequency.Length : at;
    }

    private static bool IsLetter(byte b) => b is >= (byte)'a' and <= (byte)'z';
}
