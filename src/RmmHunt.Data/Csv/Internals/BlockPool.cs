using System.Collections.Concurrent;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Recycles the block buffers of one scan. Blocks are megabytes (large-object heap), so allocating one
/// per chunk would mean zeroing and collecting hundreds of them per file.
/// </summary>
internal sealed class BlockPool(int blockSize)
{
    private readonly ConcurrentBag<byte[]> _free = [];

    public byte[] Rent(int minimum)
    {
        if (minimum <= blockSize && _free.TryTake(out var block)) return block;
        return GC.AllocateUninitializedArray<byte>(Math.Max(minimum, blockSize));
    }

    /// <summary>Keeps standard-size blocks; grown ones (a huge row) are left to the collector.</summary>
    public void Return(byte[] block)
    {
        if (block.Length == blockSize) _free.Add(block);
    }
}
