using ParquetSharp;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using Column = RmmHunt.Engine.Vectors.Column;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// Reads the planned columns of one row group a chunk of <see cref="ChunkRows"/> rows at a time. A
/// column whose stored type is not the table's is converted value by value as CSV text would be; a
/// value that does not convert rejects its row, with its record number. Pages that cannot be decoded
/// (damage) end the row group: its remaining rows are rejected as one counted range, and the scan goes
/// on with the next group.
/// </summary>
internal sealed class RowGroupCursor : IDisposable
{
    /// <summary>Rows per batch.</summary>
    public const int ChunkRows = 8192;

    private readonly PlannedGroup _planned;
    private readonly ParquetScanPlan _plan;
    private readonly string _location;
    private readonly CancellationToken _cancellation;
    private readonly ParquetFileReader _file;
    private readonly ReadBuffers _buffers;
    private ParquetColumnReader[]? _readers;
    private RowGroupReader? _group;
    private int _done;

    public RowGroupCursor(ParquetFileReader file, PlannedGroup planned, ParquetScanPlan plan, string location, ReadBuffers buffers, CancellationToken cancellation)
    {
        _planned = planned;
        _plan = plan;
        _location = location;
        _cancellation = cancellation;
        _file = file;
        _buffers = buffers;
    }

    /// <summary>
    /// The column readers, opened on the first read: opening reads the dictionary pages, which may be
    /// damaged, so it fails where reading fails.
    /// </summary>
    private ParquetColumnReader[] Readers()
    {
        if (_readers is not null) return _readers;
        _group ??= _file.RowGroup(_planned.Index);
        var readers = new List<ParquetColumnReader>(_plan.Reads.Length);
        try
        {
            for (int k = 0; k < _plan.Reads.Length; k++)
                readers.Add(new ParquetColumnReader(_group.Column(_plan.Fields[k]), _plan.Stored[k], _buffers, k));
        }
        catch
        {
            foreach (var reader in readers) reader.Dispose();
            throw;
        }
        return _readers = readers.ToArray();
    }

    /// <summary>The next chunk, or null after the row group's last row. Throws when the scan is cancelled.</summary>
    public DecodedChunk? Next()
    {
        if (_done >= _planned.Rows) return null;
        _cancellation.ThrowIfCancellationRequested();
        int count = Math.Min(ChunkRows, _planned.Rows - _done);
        long firstRecord = _planned.FirstRecord + _done;
        DecodedChunk chunk;
        try
        {
            chunk = Read(count, firstRecord);
        }
        catch (Exception e) when (ParquetDamage.IsDamage(e))
        {
            // The pages cannot be decoded from here on: the group's remaining rows are lost, and counted.
            var lost = new RejectedRow(_location, 0, null,
                $"row group {_planned.Index + 1} is damaged ({ParquetDamage.Describe(e)}); its remaining rows cannot be read", firstRecord + 1)
            { Rows = _planned.Rows - _done };
            _done = _planned.Rows;
            return new DecodedChunk(new Batch(new Column?[_plan.Table.Count], 0), [lost]);
        }
        _done += count;
        return chunk;
    }

    /// <summary>
    /// Reads a chunk. With a needle filter the columns it searches are read first, and the other columns
    /// only at the rows it keeps: when few rows hold its needles (a pack hunting rare tools in a whole
    /// table), the rest is passed over undecoded; otherwise pages are decoded whole and the kept rows'
    /// values taken. A column that needs converting may reject rows by record number: then every column
    /// is read whole first.
    /// </summary>
    private DecodedChunk Read(int count, long firstRecord)
    {
        var table = _plan.Table;
        var readers = Readers();
        var columns = new Column?[table.Count];
        HashSet<int>? bad = null;
        List<RejectedRow>? rejections = null;
        var (filter, searched) = (_plan.Filter, _plan.Searched);
        for (int k = 0; k < readers.Length; k++)
        {
            if (searched[k]) columns[_plan.Reads[k]] = ReadColumn(k, count, firstRecord, ref bad, ref rejections);
        }
        var kept = filter?.Select(new Batch(columns, count));
        if (kept is not null && bad is null && kept.Rows.Length < count && _plan.OthersStoredAsTable)
        {
            var rows = kept.Rows;
            bool sparse = rows.Length * SparseBelow <= count;
            for (int k = 0; k < readers.Length; k++)
            {
                int ordinal = _plan.Reads[k];
                columns[ordinal] = searched[k] ? columns[ordinal]!.Gather(rows) : readers[k].ReadAt(rows, count, byRuns: sparse);
            }
            foreach (int ordinal in _plan.Missing) columns[ordinal] = Column.Constant(table.Columns[ordinal].Type, null, rows.Length);
            return new DecodedChunk(new Batch(columns, rows.Length).WithRoutes(kept.Routes), rejections is null ? [] : rejections, count - rows.Length);
        }
        for (int k = 0; k < readers.Length; k++)
        {
            if (!searched[k]) columns[_plan.Reads[k]] = ReadColumn(k, count, firstRecord, ref bad, ref rejections);
        }
        foreach (int ordinal in _plan.Missing) columns[ordinal] = Column.Constant(table.Columns[ordinal].Type, null, count);
        var batch = new Batch(columns, count);
        if (bad is not null)
        {
            // Rows rejected by a conversion leave the batch first; the needles are then tested on what is left.
            batch = batch.Gather(Enumerable.Range(0, count).Where(r => !bad.Contains(r)).ToArray());
            kept = filter?.Select(batch);
        }
        if (kept is null) return new DecodedChunk(batch, rejections is null ? [] : rejections);
        int skipped = batch.RowCount - kept.Rows.Length;
        batch = (skipped == 0 ? batch : batch.Gather(kept.Rows)).WithRoutes(kept.Routes);
        return new DecodedChunk(batch, rejections is null ? [] : rejections, skipped);
    }

    /// <summary>
    /// Below one kept row in this many, reading the other columns row run by row run costs less than
    /// decoding them whole (a read call per run against a few nanoseconds per value).
    /// </summary>
    private const int SparseBelow = 64;

    /// <summary>Column <paramref name="k"/> of those read, as the table's type; values that do not convert mark their rows bad.</summary>
    private Column ReadColumn(int k, int count, long firstRecord, ref HashSet<int>? bad, ref List<RejectedRow>? rejections)
    {
        var target = _plan.Table.Columns[_plan.Reads[k]];
        var column = Readers()[k].Read(count);
        return column.Type == target.Type ? column : StoredTypeConversion.Convert(column, target, _location, firstRecord, ref bad, rejections ??= []);
    }

    public void Dispose()
    {
        foreach (var reader in _readers ?? []) reader?.Dispose();
        _group?.Dispose();
    }
}
