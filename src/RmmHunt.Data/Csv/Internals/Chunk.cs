using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Whole rows of a file, starting outside quotes, as cut by <see cref="Rows"/>: either bytes of a
/// pooled <see cref="Buffer"/> (a stream was read) or of mapped file memory at <see cref="Address"/>.
/// </summary>
internal sealed class Chunk
{
    private Chunk(byte[]? buffer, nint address, RowCut rows) => (Buffer, Address, Rows) = (buffer, address, rows);

    public static Chunk Of(byte[] buffer, RowCut rows) => new(buffer, 0, rows);

    /// <summary>Mapped memory; it must stay mapped until the chunk is parsed (the scan unmaps after its workers stop).</summary>
    public static Chunk Mapped(nint address, RowCut rows) => new(null, address, rows);

    public RowCut Rows { get; }

    public int Length => Rows.Length;

    /// <summary>The pooled buffer to give back once parsed; null for mapped memory.</summary>
    public byte[]? Buffer { get; }

    public nint Address { get; }

    public unsafe ReadOnlySpan<byte> Span => Buffer is not null ? Buffer.AsSpan(0, Length) : new ReadOnlySpan<byte>((void*)Address, Length);
}

/// <summary>What became of a chunk's rows, reported by the scan in file order.</summary>
internal sealed class ChunkResult
{
    public Batch? Batch { get; init; }
    public long Read { get; init; }
    public long Skipped { get; init; }
    public long Bytes { get; init; }

    /// <summary>Newlines in the chunk's bytes: the next chunk starts this many lines further.</summary>
    public long Lines { get; init; }

    /// <summary>Rejected rows; their <see cref="RejectedRow.Line"/> counts from the chunk's first line (0).</summary>
    public IReadOnlyList<RejectedRow> Rejections { get; init; } = [];
}
