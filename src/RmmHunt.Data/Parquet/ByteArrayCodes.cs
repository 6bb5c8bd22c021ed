using ParquetSharp;
using RmmHunt.Data.Csv.Internals;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// Dense codes for the string values of one column chunk, each distinct value decoded to a string once.
/// <para>
/// Why a cache keyed by pointer: in a dictionary-encoded page, ParquetSharp's decoder hands every row a
/// pointer into the column chunk's decoded dictionary, so a value repeated in many rows arrives as the
/// same (pointer, length). Looking that up costs a multiply and two compares, where hashing the bytes
/// (what the CSV reader's interner does per cell) cost a fifth of the whole scan.
/// </para>
/// <para>
/// Why it is still correct when pointers are reused: plain-encoded pages (a writer without dictionary,
/// or one whose dictionary overflowed) point into page buffers that the next page overwrites, so one
/// pointer may hold other bytes later. One <c>ReadBatch</c> call never crosses a page and every pointer
/// it returns is live until the next call, so within a call equal (pointer, length) means equal bytes;
/// an entry made in an earlier call is trusted only after its bytes were compared once in this call
/// (each call's rows go through <see cref="Codes"/> together). The content-keyed <see cref="Utf8Interner"/> behind it stays the truth.
/// </para>
/// <para>
/// Measured against the alternative of ParquetSharp's Arrow reader (dictionary arrays: indices plus
/// dictionary, no per-row work in .NET at all) in <c>ParquetStringBenchmarks</c>: see bench/README.md.
/// </para>
/// </summary>
internal sealed unsafe class ByteArrayCodes
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    /// <summary>A cache this full holds mostly pointers of plain pages long gone: it starts over.</summary>
    private const int MaxSlots = 1 << 16;

    private readonly Utf8Interner _values = new();
    private Slot[] _slots = new Slot[1024];
    private int _shift = 64 - 10;
    private int _used;
    private int _call = 1;
    private int _empty = -1;
    private string[] _snapshot = [];

    private struct Slot
    {
        public nint Pointer;
        public int Length;
        public int Code;
        public int Call;
    }

    /// <summary>
    /// Starts on a new column chunk, keeping the arrays: a table grown past 85 KB for one chunk would
    /// otherwise be allocated again for every chunk on the large object heap, and each such allocation
    /// moves the next full collection closer.
    /// </summary>
    public void Clear()
    {
        _values.Clear();
        Array.Clear(_slots);
        _used = 0;
        _empty = -1;
        _snapshot = [];
    }

    /// <summary>
    /// Every value so far, indexed by code: the same array until a new value comes, so the batches of a
    /// column chunk whose values all appeared early share one dictionary and nothing is renumbered.
    /// </summary>
    public string[] Snapshot()
    {
        if (_snapshot.Length != _values.Count) _snapshot = _values.ToArray();
        return _snapshot;
    }

    /// <summary>Distinct values so far.</summary>
    public int Count => _values.Count;

    public string this[int code] => _values[code];

    /// <summary>The code of the empty string, which null rows get too (KQL strings are never null).</summary>
    public int Empty => _empty >= 0 ? _empty : _empty = _values.GetOrAdd([]);

    /// <summary>
    /// The codes of one <c>ReadBatch</c> call's rows into <paramref name="codes"/>: a row whose definition
    /// level is below <paramref name="maxDefinition"/> is null and gets <see cref="Empty"/>; the others take
    /// the dense <paramref name="values"/> in turn.
    /// </summary>
    public void Codes(ReadOnlySpan<ByteArray> values, ReadOnlySpan<short> definitions, short maxDefinition, Span<int> codes)
    {
        _call++;
        // Locals, so that the loop keeps them in registers rather than reloading fields after each store.
        var slots = _slots;
        int shift = _shift, call = _call, mask = slots.Length - 1, empty = Empty;
        for (int row = 0, value = 0; row < codes.Length; row++)
        {
            if (maxDefinition > 0 && definitions[row] != maxDefinition)
            {
                codes[row] = empty;
                continue;
            }
            var bytes = values[value++];
            if (bytes.Length == 0)
            {
                codes[row] = empty;
                continue;
            }
            for (int slot = (int)(((ulong)bytes.Pointer * Multiplier) >> shift); ; slot = (slot + 1) & mask)
            {
                ref var entry = ref slots[slot];
                if (entry.Pointer == bytes.Pointer && entry.Length == bytes.Length)
                {
                    if (entry.Call != call)
                    {
                        // First use in this call: the bytes there may have changed since.
                        if (!Text(bytes).SequenceEqual(_values.Bytes(entry.Code))) entry.Code = _values.GetOrAdd(Text(bytes));
                        entry.Call = call;
                    }
                    codes[row] = entry.Code;
                    break;
                }
                if (entry.Pointer == 0)
                {
                    codes[row] = Insert(ref entry, bytes); // may grow the table
                    slots = _slots;
                    shift = _shift;
                    mask = slots.Length - 1;
                    break;
                }
            }
        }
    }

    private static ReadOnlySpan<byte> Text(ByteArray value) => new((void*)value.Pointer, value.Length);

    private int Insert(ref Slot entry, ByteArray value)
    {
        int code = _values.GetOrAdd(Text(value));
        entry = new Slot { Pointer = value.Pointer, Length = value.Length, Code = code, Call = _call };
        if (++_used * 4 > _slots.Length) Grow();
        return code;
    }

    private void Grow()
    {
        var old = _slots;
        if (old.Length >= MaxSlots)
        {
            Array.Clear(old);
            _used = 0;
            return;
        }
        _slots = new Slot[old.Length * 2];
        _shift--;
        int mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Pointer == 0) continue;
            int slot = (int)(((ulong)entry.Pointer * Multiplier) >> _shift);
            while (_slots[slot].Pointer != 0) slot = (slot + 1) & mask;
            _slots[slot] = entry;
        }
    }
}
