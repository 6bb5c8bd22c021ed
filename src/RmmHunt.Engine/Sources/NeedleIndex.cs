using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RmmHunt.Engine.Sources;

/// <summary>
/// Finds many lower-case ASCII needles (three bytes or more) in UTF-8 text in one pass, ignoring ASCII
/// case, whatever their number: every position's first three bytes (case-folded) are hashed into a
/// 64K-bit table of the needles' first three bytes, and only positions that hit are compared with the
/// needles of that bucket. A hunt pack has hundreds of needles (every tool's domains, file names and
/// signers); one pass per needle over every block, the way a few needles are best searched, would
/// cost hundreds of passes.
/// </summary>
public sealed class NeedleIndex
{
    private const int HashBits = 16;
    private const int MinimumLength = 3;

    private static readonly byte[] Fold = CreateFold();

    private readonly byte[][] _needles;
    private readonly ulong[] _bitmap = new ulong[(1 << HashBits) / 64];
    private readonly int[] _bucketStart = new int[(1 << HashBits) + 1];
    private readonly int[] _bucketNeedles;

    /// <param name="lowerNeedles">Needles already lower-cased, each at least three bytes long.</param>
    public NeedleIndex(IReadOnlyList<byte[]> lowerNeedles)
    {
        if (lowerNeedles.Any(n => n.Length < MinimumLength)) throw new ArgumentException($"needles must be at least {MinimumLength} bytes long", nameof(lowerNeedles));
        _needles = lowerNeedles.ToArray();
        // The needle ids grouped by bucket, ascending within one, by counting: plain loops, where sorting
        // (bucket, id) pairs would run generic code that the published command compiles at every start.
        var bucketOf = new int[_needles.Length];
        var rankInBucket = new int[_needles.Length];
        for (int id = 0; id < _needles.Length; id++)
        {
            var needle = _needles[id];
            int bucket = bucketOf[id] = Bucket(Key(needle[0], needle[1], needle[2]));
            _bitmap[bucket >> 6] |= 1UL << (bucket & 63);
            rankInBucket[id] = _bucketStart[bucket + 1]++;
        }
        for (int b = 0; b < 1 << HashBits; b++) _bucketStart[b + 1] += _bucketStart[b];
        _bucketNeedles = new int[_needles.Length];
        for (int id = 0; id < _needles.Length; id++) _bucketNeedles[_bucketStart[bucketOf[id]] + rankInBucket[id]] = id;
    }

    public int Count => _needles.Length;

    /// <summary>
    /// The first position at or after <paramref name="from"/> where some needle starts, with that needle's
    /// index, or (-1, -1).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int Position, int Needle) FindFirst(ReadOnlySpan<byte> text, int from = 0)
    {
        int last = text.Length - MinimumLength;
        if (from < 0 || from > last) return (-1, -1);
        // The hot loop of a pack scan: references instead of indexers, so no bounds checks per byte.
        ref byte start = ref MemoryMarshal.GetReference(text);
        ref byte fold = ref MemoryMarshal.GetArrayDataReference(Fold);
        ref ulong bitmap = ref MemoryMarshal.GetArrayDataReference(_bitmap);
        uint key = (uint)Unsafe.Add(ref fold, Unsafe.Add(ref start, from)) | (uint)Unsafe.Add(ref fold, Unsafe.Add(ref start, from + 1)) << 8;
        for (int i = from; i <= last; i++)
        {
            key = (key & 0xFFFF) | (uint)Unsafe.Add(ref fold, Unsafe.Add(ref start, i + 2)) << 16;
            uint bucket = (key * 0x9E3779B1u) >> (32 - HashBits);
            if ((Unsafe.Add(ref bitmap, (int)(bucket >> 6)) & (1UL << (int)(bucket & 63))) != 0 && Verify(text, i, (int)bucket) is int needle and >= 0)
                return (i, needle);
            key >>= 8;
        }
        return (-1, -1);
    }

    /// <summary>Sets <paramref name="present"/>[n] for every needle n that occurs in <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MarkPresent(ReadOnlySpan<byte> text, Span<bool> present)
    {
        int last = text.Length - MinimumLength;
        if (last < 0) return;
        uint key = (uint)Fold[text[0]] | (uint)Fold[text[1]] << 8;
        for (int i = 0; i <= last; i++)
        {
            key = (key & 0xFFFF) | (uint)Fold[text[i + 2]] << 16;
            int bucket = Bucket(key);
            if ((_bitmap[bucket >> 6] & (1UL << (bucket & 63))) != 0)
            {
                for (int k = _bucketStart[bucket]; k < _bucketStart[bucket + 1]; k++)
                {
                    int id = _bucketNeedles[k];
                    if (!present[id] && Matches(text, i, _needles[id])) present[id] = true;
                }
            }
            key >>= 8;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Verify(ReadOnlySpan<byte> text, int at, int bucket)
    {
        for (int k = _bucketStart[bucket]; k < _bucketStart[bucket + 1]; k++)
        {
            int id = _bucketNeedles[k];
            if (Matches(text, at, _needles[id])) return id;
        }
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Matches(ReadOnlySpan<byte> text, int at, byte[] needle)
    {
        if (at + needle.Length > text.Length) return false;
        for (int j = 0; j < needle.Length; j++)
        {
            if (Fold[text[at + j]] != needle[j]) return false;
        }
        return true;
    }

    private static uint Key(byte a, byte b, byte c) => (uint)Fold[a] | (uint)Fold[b] << 8 | (uint)Fold[c] << 16;

    private static int Bucket(uint key) => (int)((key * 0x9E3779B1u) >> (32 - HashBits));

    /// <summary>ASCII upper-case letters to lower case; every other byte (non-ASCII included) unchanged, as <see cref="NeedleFinder"/> compares.</summary>
    private static byte[] CreateFold()
    {
        var fold = new byte[256];
        for (int b = 0; b < 256; b++) fold[b] = b is >= 'A' and <= 'Z' ? (byte)(b + 32) : (byte)b;
        return fold;
    }
}
