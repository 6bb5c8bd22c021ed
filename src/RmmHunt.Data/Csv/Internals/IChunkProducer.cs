namespace RmmHunt.Data.Csv.Internals;

/// <summary>Cuts an input into chunks of whole rows for the workers of a <see cref="ChunkPipeline"/>.</summary>
internal interface IChunkProducer : IDisposable
{
    /// <summary>Reads to the end; <paramref name="chunks"/> gets rows to parse, <paramref name="rejections"/> rows given up while cutting.</summary>
    void Run(Action<Chunk> chunks, Action<ChunkResult> rejections, CancellationToken cancellation);

    /// <summary>The chunk has been parsed (called from the worker threads, in any order).</summary>
    void Parsed(Chunk chunk);

    /// <summary>The chunk's result was delivered (called in file order): nothing reads this chunk, or any before it, again.</summary>
    void Delivered(Chunk chunk);
}
