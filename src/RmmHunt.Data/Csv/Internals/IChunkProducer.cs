namespace RmmHunt.Data.Csv.Internals;

/// <summary>Cuts an input into chunks of rows for the workers of a <see cref="ChunkPipeline"/>.</summary>
internal interface IChunkProducer : IDisposable
{
    /// <summary>Reads to the end; <paramref name="chunks"/> gets rows to parse, <paramref name="rejections"/> rows given up while cutting.</summary>
    void Run(Action<Chunk> chunks, Action<ChunkResult> rejections, CancellationToken cancellation);

    /// <summary>The chunk has been parsed (called from the worker threads, in any order).</summary>
    void Parsed(Chunk chunk);

    /// <summary>
    /// Called in file order with each chunk's result: the results to report. A producer whose cuts can
    /// be wrong checks them here and parses again, with <paramref name="parser"/>, where one was.
    /// </summary>
    IEnumerable<ChunkResult> Settle(Chunk chunk, ChunkResult result, Lazy<ChunkParser> parser);
}
