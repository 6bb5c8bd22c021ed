using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ParquetSharp;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// One thread's scratch buffers for ParquetSharp's <c>ReadBatch</c> (definition levels, dense values,
/// string pointers). Columns are read one after another and each copies its values out before the next
/// reads, so one set serves every column of every row group the thread reads. Never zeroed: every
/// element read is written by <c>ReadBatch</c> first (a fresh zeroed array per batch showed up as memset
/// and GC time in the profile).
/// </summary>
internal sealed class ReadBuffers
{
    private short[] _definitions = [];
    private ByteArray[] _byteArrays = [];
    private byte[] _dense = [];

    public Span<short> Definitions(int count) => Ensure(ref _definitions, count);

    public Span<ByteArray> ByteArrays(int count) => Ensure(ref _byteArrays, count);

    /// <summary>Room for <paramref name="count"/> values of a fixed-size type.</summary>
    public Span<T> Dense<T>(int count) where T : unmanaged =>
        MemoryMarshal.Cast<byte, T>(Ensure(ref _dense, count * Unsafe.SizeOf<T>()));

    private static Span<T> Ensure<T>(ref T[] buffer, int count)
    {
        if (buffer.Length < count) buffer = GC.AllocateUninitializedArray<T>(Math.Max(count, buffer.Length * 2));
        return buffer.AsSpan(0, count);
    }
}
