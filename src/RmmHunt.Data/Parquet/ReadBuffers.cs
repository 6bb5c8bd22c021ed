using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ParquetSharp;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// One thread's scratch buffers for ParquetSharp's <c>ReadBatch</c> (definition levels, dense values,
/// string pointers), and its string codes per column read. Columns are read one after another and each copies its values out before the next
/// reads, so one set serves every column of every row group the thread reads. Never zeroed: every
/// element read is written by <c>ReadBatch</c> first (a fresh zeroed array per batch showed up as memset
/// and GC time in the profile).
/// </summary>
internal sealed class ReadBuffers
{
    /// <summary>Kept between scans: each set holds a few large arrays, and allocating them anew for every scan's threads cost a full collection every scan or two.</summary>
    private static readonly ConcurrentBag<ReadBuffers> Pool = [];

    public static ReadBuffers Rent() => Pool.TryTake(out var buffers) ? buffers : new ReadBuffers();

    public static void Return(ReadBuffers buffers)
    {
        foreach (var codes in buffers._codes) codes.Clear(); // lets go of the strings
        if (Pool.Count < 2 * Environment.ProcessorCount) Pool.Add(buffers);
    }

    private short[] _definitions = [];
    private ByteArray[] _byteArrays = [];
    private byte[] _dense = [];
    private ByteArrayCodes[] _codes = [];
    private ChunkDictionary[] _dictionaries = [];
    private int[] _keptIndexes = [];
    private ByteArray[] _keptValues = [];
    private short[] _keptDefinitions = [];

    public Span<short> Definitions(int count) => Ensure(ref _definitions, count);

    /// <summary>
    /// Scratch for reading a column at kept rows (<c>ParquetColumnReader.ReadAt</c>): each kept row's
    /// index among a read call's values, and the kept rows' values and levels as a call of their own.
    /// Arrays of at least <paramref name="count"/> elements, for use in the callbacks that take each call's rows.
    /// </summary>
    public (int[] Indexes, ByteArray[] Values, short[] Definitions) Kept(int count)
    {
        Ensure(ref _keptIndexes, count);
        Ensure(ref _keptValues, count);
        Ensure(ref _keptDefinitions, count);
        return (_keptIndexes, _keptValues, _keptDefinitions);
    }

    public Span<ByteArray> ByteArrays(int count) => Ensure(ref _byteArrays, count);

    /// <summary>Room for <paramref name="count"/> values of a fixed-size type.</summary>
    public Span<T> Dense<T>(int count) where T : unmanaged =>
        MemoryMarshal.Cast<byte, T>(Ensure(ref _dense, count * Unsafe.SizeOf<T>()));

    /// <summary>The string codes for the <paramref name="column"/>-th column read, cleared for a new column chunk.</summary>
    public ByteArrayCodes Codes(int column)
    {
        if (_codes.Length <= column) Grow(column);
        _codes[column].Clear();
        return _codes[column];
    }

    /// <summary>The per-batch renumbering for the <paramref name="column"/>-th column read.</summary>
    public ChunkDictionary Dictionary(int column)
    {
        if (_dictionaries.Length <= column) Grow(column);
        return _dictionaries[column];
    }

    private void Grow(int column)
    {
        int old = _codes.Length;
        Array.Resize(ref _codes, column + 1);
        Array.Resize(ref _dictionaries, column + 1);
        for (int k = old; k <= column; k++)
        {
            _codes[k] = new ByteArrayCodes();
            _dictionaries[k] = new ChunkDictionary();
        }
    }

    private static Span<T> Ensure<T>(ref T[] buffer, int count)
    {
        if (buffer.Length < count) buffer = GC.AllocateUninitializedArray<T>(Math.Max(count, buffer.Length * 2));
        return buffer.AsSpan(0, count);
    }
}
