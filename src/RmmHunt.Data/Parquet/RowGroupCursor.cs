using ParquetSharp;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using Column = RmmHunt.Engine.Vectors.Column;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// Reads the planned columns of one row group a chunk of <see cref="ChunkRows"/> rows at a time. A
/// column whose stored type is not the table's is converted value by value as CSV text would be; a
/// value that does not convert rejects its row, with its record number. A read error names the file
/// and the row group.
/// </summary>
internal sealed class RowGroupCursor : IDisposable
{
    /// <summary>Rows per batch.</summary>
    public const int ChunkRows = 8192;

    private readonly RowGroupReader _group;
    private readonly PlannedGroup _planned;
    private readonly ParquetScanPlan _plan;
    private readonly string _location;
    private readonly CancellationToken _cancellation;
    private readonly ParquetColumnReader[] _readers;
    private int _done;

    public RowGroupCursor(ParquetFileReader file, PlannedGroup planned, ParquetScanPlan plan, string location, ReadBuffers buffers, CancellationToken cancellation)
    {
        _planned = planned;
        _plan = plan;
        _location = location;
        _cancellation = cancellation;
        _group = Guard(() => file.RowGroup(planned.Index));
        _readers = new ParquetColumnReader[plan.Reads.Length];
        try
        {
            for (int k = 0; k < _readers.Length; k++)
                _readers[k] = Guard(() => new ParquetColumnReader(_group.Column(plan.Fields[k]), plan.Stored[k], buffers, k));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The next chunk, or null after the row group's last row. Throws when the scan is cancelled.</summary>
    public DecodedChunk? Next()
    {
        if (_done >= _planned.Rows) return null;
        _cancellation.ThrowIfCancellationRequested();
        int count = Math.Min(ChunkRows, _planned.Rows - _done);
        var chunk = Guard(() => Read(count, _planned.FirstRecord + _done));
        _done += count;
        return chunk;
    }

    private DecodedChunk Read(int count, long firstRecord)
    {
        var table = _plan.Table;
        var columns = new Column?[table.Count];
        HashSet<int>? bad = null;
        List<RejectedRow>? rejections = null;
        for (int k = 0; k < _readers.Length; k++)
        {
            var target = table.Columns[_plan.Reads[k]];
            var column = _readers[k].Read(count);
            if (column.Type != target.Type)
                column = StoredTypeConversion.Convert(column, target, _location, firstRecord, ref bad, rejections ??= []);
            columns[_plan.Reads[k]] = column;
        }
        foreach (int ordinal in _plan.Missing) columns[ordinal] = Column.Constant(table.Columns[ordinal].Type, null, count);
        var batch = new Batch(columns, count);
        if (bad is not null) batch = batch.Gather(Enumerable.Range(0, count).Where(r => !bad.Contains(r)).ToArray());
        return new DecodedChunk(batch, rejections is null ? [] : rejections);
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ParquetException e)
        {
            throw new InvalidDataException($"{_location}: row group {_planned.Index}: {e.Message}", e);
        }
    }

    public void Dispose()
    {
        foreach (var reader in _readers ?? []) reader?.Dispose();
        _group?.Dispose();
    }
}
