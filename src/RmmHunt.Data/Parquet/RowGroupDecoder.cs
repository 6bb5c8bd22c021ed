using ParquetSharp;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// One thread's way into a Parquet file: its own <see cref="ParquetFileReader"/> (ParquetSharp readers
/// are not thread-safe) and its own <see cref="ReadBuffers"/>, kept for every row group it reads.
/// </summary>
internal sealed class RowGroupDecoder : IDisposable
{
    private readonly ParquetFileReader _file;
    private readonly ParquetScanPlan _plan;
    private readonly string _location;
    private readonly ReadBuffers _buffers = ReadBuffers.Rent();

    /// <param name="file">Owned from here on.</param>
    public RowGroupDecoder(ParquetFileReader file, string location, ParquetScanPlan plan)
    {
        _file = file;
        _plan = plan;
        _location = location;
    }

    public RowGroupCursor Open(PlannedGroup group, CancellationToken cancellation) =>
        new(_file, group, _plan, _location, _buffers, cancellation);

    public void Dispose()
    {
        _file.Dispose();
        ReadBuffers.Return(_buffers);
    }
}
