using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Maps UTF-8 texts to dense codes, decoding each distinct text to a string once. Lookups hash the raw
/// bytes, so a value repeated in many rows costs a hash and a compare, not a string allocation.
/// </summary>
internal sealed class Utf8Interner
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    private readonly List<string> _strings = [];
    private int[] _slots = new int[64]; // entry + 1; 0 = free
    private uint[] _hashes = new uint[32];
    private int[] _offsets = new int[32];
    private int[] _lengths = new int[32];
    private byte[] _bytes = new byte[1024];
    private int _used;

    public int Count => _strings.Count;

    public string this[int code] => _strings[code];

    public string[] ToArray() => _strings.ToArray();

    /// <summary>The UTF-8 bytes of a code's text, for comparing a candidate against it without hashing.</summary>
    public ReadOnlySpan<byte> Bytes(int code) => _bytes.AsSpan(_offsets[code], _lengths[code]);

    /// <summary>Forgets every text, keeping the arrays for the next use.</summary>
    public void Clear()
    {
        _strings.Clear();
        Array.Clear(_slots);
        _used = 0;
    }

    public int GetOrAdd(ReadOnlySpan<byte> text)
    {
        uint hash = Hash(text);
        int mask = _slots.Length - 1;
        for (int slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            int entry = _slots[slot] - 1;
            if (entry < 0)
            {
                entry = Add(text, hash);
                _slots[slot] = entry + 1;
                if (Count * 2 > _slots.Length) Rehash();
                return entry;
            }
            if (_hashes[entry] == hash && _bytes.AsSpan(_offsets[entry], _lengths[entry]).SequenceEqual(text)) return entry;
        }
    }

    private int Add(ReadOnlySpan<byte> text, uint hash)
    {
        int entry = _strings.Count;
        if (entry == _hashes.Length)
        {
            Array.Resize(ref _hashes, entry * 2);
            Array.Resize(ref _offsets, entry * 2);
            Array.Resize(ref _lengths, entry * 2);
        }
        if (_used + text.Length > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + text.Length));
        text.CopyTo(_bytes.AsSpan(_used));
        _hashes[entry] = hash;
        _offsets[entry] = _used;
        _lengths[entry] = text.Length;
        _used += text.Length;
        _strings.Add(text.Length == 0 ? "" : Encoding.UTF8.GetString(text));
        return entry;
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        int mask = _slots.Length - 1;
        for (int entry = 0; entry < Count; entry++)
        {
            int slot = (int)_hashes[entry] & mask;
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = entry + 1;
        }
    }

    private static uint Hash(ReadOnlySpan<byte> text)
    {
        ulong h = (ulong)text.Length * Multiplier;
        int i = 0;
        for (; i + 8 <= text.Length; i += 8)
            h = (BitOperations.RotateLeft(h, 5) ^ MemoryMarshal.Read<ulong>(text[i..])) * Multiplier;
        if (i < text.Length)
        {
            ulong last = 0;
            for (int k = text.Length - 1; k >= i; k--) last = (last << 8) | text[k];
            h = (BitOperations.RotateLeft(h, 5) ^ last) * Multiplier;
        }
        return (uint)(h >> 32) ^ (uint)h;
    }
}
