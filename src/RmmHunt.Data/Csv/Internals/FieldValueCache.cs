using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Remembers, for the values of one field a scan worker met last, an answer computed from the value alone (whether
/// it holds a needle, which needles it holds). The fields a pack's rules search (file names, signers, company
/// names, domains) repeat from row to row, and hashing and comparing a value is several times cheaper than
/// searching it for hundreds of needles. Direct-mapped: a value replaces whatever shared its slot, and a hit is a
/// byte-for-byte equal value, so the answer is always the computed one. Where values hardly repeat, the cache
/// stands aside for a while (a miss costs a hash and a copy on top of the computation).
/// </summary>
internal abstract class FieldValueCache<T>
{
    private const int SlotBits = 10;
    private const int Stride = 64; // the longest value cached; longer ones are computed every time
    private const int ShortValue = 4; // shorter values are computed as fast as looked up
    private const int Window = 16_384; // lookups between two checks of the hit rate
    private const int BypassLookups = 16 * Window;

    private readonly byte[] _values = new byte[(1 << SlotBits) * Stride];
    private readonly byte[] _lengths = new byte[1 << SlotBits]; // 0: empty slot (values this short are never cached)
    private readonly T[] _answers = new T[1 << SlotBits];
    private int _lookups, _hits, _bypassLeft;

    /// <summary>The answer for a value not in the cache.</summary>
    protected abstract T Compute(ReadOnlySpan<byte> value);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected T Get(ReadOnlySpan<byte> value)
    {
        if (value.Length < ShortValue || value.Length > Stride) return Compute(value);
        if (_bypassLeft > 0)
        {
            _bypassLeft--;
            return Compute(value);
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
            return _answers[slot];
        }
        var answer = Compute(value);
        value.CopyTo(stored);
        _lengths[slot] = (byte)value.Length;
        _answers[slot] = answer;
        return answer;
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
