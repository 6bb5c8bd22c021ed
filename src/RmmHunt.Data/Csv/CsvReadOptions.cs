using RmmHunt.Data.Inputs;

namespace RmmHunt.Data.Csv;

/// <summary>How a CSV file is read. The defaults suit exports of any size; tests shrink the blocks to reach every edge.</summary>
public sealed record CsvReadOptions
{
    public static CsvReadOptions Default { get; } = new();

    /// <summary>
    /// Bytes read and handed to a worker at a time when every row is parsed (a scan whose needles rule
    /// out most rows takes four times as much; see <c>ChunkPipeline.Shape</c>); memory in use is a few
    /// blocks, whatever the file size. 1 MB measured best for full parses: a block's rows still fit in
    /// cache when parsed, and the columns of the few blocks in flight stay small enough to die young
    /// (with 4 MB blocks the all-columns scan spent a third of its time in gen-2 collections).
    /// </summary>
    public int BlockSize { get; init; } = 1 << 20;

    /// <summary>
    /// A row that does not end within this many bytes is taken as broken (typically a stray quote that
    /// swallows the rest of the file): its first line is rejected and reading goes on after it.
    /// </summary>
    public int MaxRowBytes { get; init; } = 64 << 20;

    /// <summary>
    /// Let the workers read uncompressed files themselves, each its own chunks (see
    /// <c>FileChunkProducer</c>); false reads them as one stream, as gzip files always are.
    /// </summary>
    public bool ParallelReads { get; init; } = true;

    /// <summary>How far a gzip file may expand.</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;

    /// <summary>Threads that split and convert rows while one thread reads.</summary>
    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);
}
