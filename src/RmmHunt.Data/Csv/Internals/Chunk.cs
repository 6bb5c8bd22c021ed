using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>Whole rows of a file: <see cref="Length"/> bytes of <see cref="Buffer"/>, starting outside quotes.</summary>
internal sealed record Chunk(byte[] Buffer, int Length);

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
