using System.Buffers;
using Microsoft.Win32.SafeHandles;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// A run of bytes of the input that starts where a row starts: either already in a pooled
/// <see cref="Buffer"/> (a stream was read), or a range of a <see cref="File"/> that the worker parsing
/// it reads itself. A file is cut without looking at quotes, so a chunk may end inside a quoted field;
/// the rows it could not finish are left for the next one (see <see cref="FileChunkProducer"/>).
/// </summary>
internal sealed class Chunk
{
    private Chunk(byte[]? buffer, SafeFileHandle? file, long offset, int length, bool atEnd) =>
        (Buffer, File, Offset, Length, AtEnd) = (buffer, file, offset, length, atEnd);

    /// <summary>
    /// Read buffers, shared by all scans' workers (a few chunks' worth: one per worker at a time). Buffers
    /// over 16 MB (a chunk grown around a huge row) are not kept: the pool lives as long as the process.
    /// </summary>
    private static readonly ArrayPool<byte> ReadBuffers = ArrayPool<byte>.Create(maxArrayLength: 16 << 20, maxArraysPerBucket: 8);

    public static Chunk InBuffer(byte[] buffer, long offset, int length, bool atEnd) => new(buffer, null, offset, length, atEnd);

    public static Chunk InFile(SafeFileHandle file, long offset, int length, bool atEnd) => new(null, file, offset, length, atEnd);

    /// <summary>The pooled buffer holding the bytes (give it back once parsed); null when they are still in <see cref="File"/>.</summary>
    public byte[]? Buffer { get; }

    public SafeFileHandle? File { get; }

    /// <summary>Where the chunk starts in the input (the file, or the decompressed stream).</summary>
    public long Offset { get; }

    public int Length { get; }

    /// <summary>Whether the input ends with this chunk (then a last row needs no newline).</summary>
    public bool AtEnd { get; }

    public long End => Offset + Length;

    /// <summary>
    /// The chunk's bytes: its buffer's, or read from its file into <paramref name="buffer"/>, which is
    /// replaced by a larger one from the shared pool when too small (give it back with <see cref="ReturnBuffer"/>).
    /// </summary>
    /// <remarks>
    /// Pooled because every scan's workers need megabytes each: allocated per scan, a pack's three
    /// tables put 80 MB a run on the large-object heap, and each gen-2 collection that followed paused the scans.
    /// Not <see cref="ArrayPool{T}.Shared"/>: it keeps a returned array for the returning thread first,
    /// and each scan's workers are new threads.
    /// </remarks>
    public ReadOnlySpan<byte> Read(ref byte[] buffer, string location)
    {
        if (Buffer is not null) return Buffer.AsSpan(0, Length);
        if (buffer.Length < Length)
        {
            ReturnBuffer(ref buffer);
            buffer = ReadBuffers.Rent(Length);
        }
        var into = buffer.AsSpan(0, Length);
        for (int read = 0; read < into.Length;)
        {
            int got = RandomAccess.Read(File!, into[read..], Offset + read);
            if (got == 0) throw new IOException($"{location}: the file became shorter while it was read");
            read += got;
        }
        return into;
    }

    /// <summary>Gives a buffer that <see cref="Read"/> rented back to the pool (leaves an empty one).</summary>
    public static void ReturnBuffer(ref byte[] buffer)
    {
        if (buffer.Length > 0) ReadBuffers.Return(buffer);
        buffer = [];
    }
}

/// <summary>What became of a chunk's rows, reported by the scan in file order.</summary>
internal sealed class ChunkResult
{
    public Batch? Batch { get; init; }
    public long Read { get; init; }
    public long Skipped { get; init; }

    /// <summary>Bytes of the input this result accounts for (its whole rows, or the lines it rejected).</summary>
    public long Bytes { get; init; }

    /// <summary>Newlines in those bytes: the next result starts this many lines further.</summary>
    public long Lines { get; init; }

    /// <summary>The chunk's rows stopped before one that does not end within the row limit: its first line is to be given up.</summary>
    public bool StoppedAtLongRow { get; init; }

    /// <summary>Rejected rows; their <see cref="RejectedRow.Line"/> counts from the result's first line (0).</summary>
    public IReadOnlyList<RejectedRow> Rejections { get; init; } = [];
}
