using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Remembers, for the values of one field a scan worker met last, whether they hold a needle of one
/// <see cref="NeedleIndex"/>. The fields a pack's rules key on (file names, signers, company names,
/// domains) repeat from row to row, and hashing and comparing a value is several times cheaper than
/// searching it for hundreds of needles. Direct-mapped: a value replaces whatever shared its slot, and
/// a hit is a byte-for-byte equal value, so the answer is always the search's. Where values hardly
/// repeat, the cache stands aside for a while (a miss costs a hash and a copy on top of the search).
/// </summary>
internal sealed class FieldVerdictCache(NeedleIndex needles)
{
    private const int SlotBits = 10;
    private const int Stride = 64; // the longest value cached; longer ones are searched every time
    private const int ShortValue = 4; // shorter values are searched as fast as looked up
    private const int Window = 16_384; // lookups between two checks of the hit rate
    private const int BypassLookups = 16 * Window;

    private readonly byte[] _values = new byte[(1 << SlotBits) * Stride];
    private readonly byte[] _lengths = new byte[1 << SlotBits]; // 0: empty slot (values this short are never cached)
    private readonly bool[] _verdicts = new bool[1 << SlotBits];
    private int _lookups, _hits, _bypassLeft;

    /// <summary>Whether <paramref name="value"/> holds one of the needles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Holds(ReadOnlySpan<byte> value)
    {
        if (value.Length < ShortValue || value.Length > Stride) return needles.FindFirst(value).Position >= 0;
        if (_bypassLeft > 0)
        {
            _bypassLeft--;
            return needles.FindFirst(value).Position >= 0;
        }
        if (++_lookups == Window)
        {
            if (_hits < Window / 4) _bypassLeft = BypassLookups;
            _lookups = _hits = 0;
        }
        int slot = Slot(value);
        var stored = _values.AsSpan(slot * Stride, Stride);
        if (_lengths[slot] == value.Length && value.SequenceEqual(stored[..value.Length]))
        {
            _hits++;
            return _verdicts[slot];
        }
        bool verdict = needles.FindFirst(value).Position >= 0;
        value.CopyTo(stored);
        _lengths[slot] = (byte)value.Length;
        _verdicts[slot] = verdict;
        return verdict;
    }

    /// <summary>
    /// A slot from the value's first, middle and last bytes and its length (at least four bytes): a weak
    /// hash only spreads values over slots, since a hit compares the whole value.
    /// </summary>
    private static int Slot(ReadOnlySpan<byte> value)
    {
        ref byte start = ref MemoryMarshal.GetReference(value);
        int length = value.Length;
        ulong a, b, c;
        if (length >= 8)
        {
            a = Unsafe.ReadUnaligned<ulong>(ref start);
            b = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, length / 2 - 4));
            c = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, length - 8));
        }
        else
        {
            a = Unsafe.ReadUnaligned<uint>(ref start);
            b = 0;
            c = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref start, length - 4));
        }
        ulong h = (a * 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL) ^ (c * 0x165667B19E3779F9UL) ^ (ulong)length;
        h *= 0x9E3779B97F4A7C15UL;
        return (int)(h >> (64 - SlotBits));
    }
}
