namespace RmmHunt.Data.Parquet;

/// <summary>The decoded chunks of the row groups a scan reads, asked for one group after another in file order.</summary>
internal interface IRowGroupChunks : IDisposable
{
    /// <summary>The chunks of the <paramref name="index"/>-th group to read; called for 0, 1, 2... in turn.</summary>
    IEnumerable<DecodedChunk> Chunks(int index);
}

/// <summary>Every row group read on the scanning thread, one after another: for a single worker, and for merging many files at once.</summary>
internal sealed class SequentialRowGroups(RowGroupDecoder decoder, PlannedGroup[] groups, CancellationToken cancellation) : IRowGroupChunks
{
    public IEnumerable<DecodedChunk> Chunks(int index)
    {
        using var cursor = decoder.Open(groups[index], cancellation);
        while (cursor.Next() is { } chunk) yield return chunk;
    }

    public void Dispose() => decoder.Dispose();
}
