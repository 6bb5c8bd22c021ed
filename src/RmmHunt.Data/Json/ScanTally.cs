using RmmHunt.Data.Compression;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Json;

/// <summary>
/// Counts a scan's rows between batches and hands them, with the bytes taken from disk so far, to the
/// observer each time a batch leaves (so progress moves with the scan, and counts are exact at its end).
/// </summary>
internal sealed class ScanTally(IScanObserver observer, InputStream input)
{
    private long _reportedBytes;

    public long Read;
    public long Skipped;

    public void Flush()
    {
        if (Read > 0) observer.RowsRead(Read);
        if (Skipped > 0) observer.RowsSkipped(Skipped);
        Read = Skipped = 0;
        long now = input.DiskBytes;
        if (now > _reportedBytes) observer.BytesRead(now - _reportedBytes);
        _reportedBytes = Math.Max(now, _reportedBytes);
    }
}
