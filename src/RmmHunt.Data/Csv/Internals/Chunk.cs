using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>Whole rows of a file: <see cref="Length"/> bytes of <see cref="Buffer"/>, starting outside quotes at physical line <see cref="FirstLine"/>.</summary>
internal sealed record Chunk(byte[] Buffer, int Length, long FirstLine);

/// <summary>What became of a chunk's rows, reported by the scan in file order.</summary>
internal sealed class ChunkResult
{
    public Batch? Batch { get; init; }
    public long Read { get; init; }
    public long Skipped { get; init; }
    public long Bytes { get; init; }
    public IReadOnlyList<RejectedRow> Rejections { get; init; } = [];
}
