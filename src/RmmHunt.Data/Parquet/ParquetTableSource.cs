using ParquetSharp;
using RmmHunt.Data.Csv.Internals;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;
using Column = RmmHunt.Engine.Vectors.Column;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// A Parquet file as a table source: only the requested columns are read, a chunk of rows at a time,
/// and a row group whose time statistics lie outside the scan's <see cref="ScanRequest.Time"/> is
/// skipped unread (its rows are counted as skipped). A column whose stored type differs from the
/// table's is converted value by value as CSV text would be; a value that does not convert rejects
/// its row (with its record number). A gzip-compressed Parquet file is unpacked to a temporary file
/// first, since Parquet is read by seeking.
/// </summary>
public sealed class ParquetTableSource : ITableSource
{
    /// <summary>Rows per batch.</summary>
    public const int ChunkRows = 8192;

    private readonly IReadOnlyDictionary<string, KqlType> _stored;
    private readonly Inputs.InputLimits _limits;

    internal ParquetTableSource(string path, string table, IReadOnlyList<ColumnSymbol> columns, IReadOnlyDictionary<string, KqlType> stored, Inputs.InputLimits limits)
    {
        _limits = limits;
        Location = path;
        TableName = table;
        Columns = columns;
        _stored = stored;
    }

    public string TableName { get; }

    public string Location { get; }

    public IReadOnlyList<ColumnSymbol> Columns { get; }

    public IEnumerable<Batch> Scan(TableSchema table, ScanRequest request, IScanObserver observer, CancellationToken cancellation)
    {
        using var local = ParquetFiles.Local(Location, _limits);
        using var file = ParquetFiles.OpenReader(Location, local.Path);
        var metadata = ParquetFiles.Guard(Location, () => file.FileMetaData);
        var fieldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        ParquetFiles.Guard(Location, () =>
        {
            for (int f = 0; f < metadata.NumColumns; f++) fieldOf.TryAdd(metadata.Schema.Column(f).Name, f);
            return 0;
        });
        var reads = request.Columns.Order().Where(o => fieldOf.ContainsKey(table.Columns[o].Name) && _stored.ContainsKey(table.Columns[o].Name)).ToArray();
        var missing = request.Columns.Except(reads).Order().ToArray();
        if (missing.Length > 0)
            observer.Warning(Location, $"the file has no readable column {string.Join(", ", missing.Select(o => table.Columns[o].Name))}: null in every row");
        int timeField = request.Time is { } time && fieldOf.TryGetValue(time.Column, out int tf) && _stored.GetValueOrDefault(time.Column) == KqlType.DateTime ? tf : -1;
        long fileBytes = new FileInfo(Location).Length, totalRows = Math.Max(1, metadata.NumRows), record = 0, reportedBytes = 0;
        int groups = metadata.NumRowGroups;
        for (int g = 0; g < groups; g++)
        {
            cancellation.ThrowIfCancellationRequested();
            using var group = ParquetFiles.Guard(Location, () => file.RowGroup(g));
            int rows = RowCount(group, g);
            if (timeField >= 0 && OutsideTime(group, timeField, metadata, request.Time!))
            {
                observer.RowsSkipped(rows);
            }
            else
            {
                using var chunks = new RowGroupChunks(group, reads.Select(o => (fieldOf[table.Columns[o].Name], _stored[table.Columns[o].Name])).ToArray());
                for (int done = 0; done < rows;)
                {
                    cancellation.ThrowIfCancellationRequested();
                    int count = Math.Min(ChunkRows, rows - done);
                    Batch batch;
                    try
                    {
                        batch = ReadChunk(table, chunks.Readers, reads, missing, count, record + done, observer);
                    }
                    catch (Exception e) when (RowGroupChunks.IsDamage(e))
                    {
                        // The pages cannot be decoded from here on: the group's remaining rows are lost, and counted.
                        observer.Rejected(new RejectedRow(Location, 0, null,
                            $"row group {g + 1} is damaged ({RowGroupChunks.Describe(e)}); its remaining rows cannot be read", record + done + 1) { Rows = rows - done });
                        break;
                    }
                    done += count;
                    if (batch.RowCount > 0)
                    {
                        observer.RowsRead(batch.RowCount);
                        yield return batch;
                    }
                }
            }
            record += rows;
            long bytes = g == groups - 1 ? fileBytes : fileBytes * Math.Min(record, totalRows) / totalRows;
            observer.BytesRead(Math.Max(0, bytes - reportedBytes));
            reportedBytes = Math.Max(bytes, reportedBytes);
        }
        if (groups == 0) observer.BytesRead(fileBytes);
    }

    /// <summary>A row group's row count from its metadata; a count no file can hold is damage to the file's structure.</summary>
    private int RowCount(RowGroupReader group, int index)
    {
        long rows = ParquetFiles.Guard(Location, () => group.MetaData.NumRows);
        if (rows is < 0 or > int.MaxValue) throw new InputFileException(Location, $"row group {index + 1} claims {rows:N0} rows: the file's metadata is damaged");
        return (int)rows;
    }

    private static bool OutsideTime(RowGroupReader group, int field, FileMetaData metadata, TimeRange range)
    {
        using var chunk = group.MetaData.GetColumnChunkMetaData(field);
        return ParquetStatistics.OutsideTime(chunk, metadata.Schema.Column(field), range);
    }

    private Batch ReadChunk(TableSchema table, IReadOnlyList<ParquetColumnReader> readers, int[] reads, int[] missing, int count, long firstRecord, IScanObserver observer)
    {
        var columns = new Column?[table.Count];
        var bad = new HashSet<int>();
        for (int k = 0; k < reads.Length; k++)
        {
            var target = table.Columns[reads[k]];
            // A row is rejected once, for the first of its values that does not convert.
            void Reject(int row, string text)
            {
                if (bad.Add(row)) observer.Rejected(new RejectedRow(Location, 0, target.Name, $"\"{text}\" is not a {target.Type.Name()}", firstRecord + row + 1));
            }
            var column = readers[k].Read(count);
            if (column.Type != target.Type) column = Convert(column, target, Reject);
            columns[reads[k]] = column;
        }
        foreach (int ordinal in missing) columns[ordinal] = Column.Constant(table.Columns[ordinal].Type, null, count);
        var batch = new Batch(columns, count);
        if (bad.Count == 0) return batch;
        var keep = Enumerable.Range(0, count).Where(r => !bad.Contains(r)).ToArray();
        return batch.Gather(keep);
    }

    /// <summary>A stored type that is not the table's: each value as text, parsed the way a CSV cell of the table's type is.</summary>
    private static Column Convert(Column column, ColumnSymbol target, Action<int, string> reject)
    {
        var cells = CellColumn.Create(target.Type, column.Length);
        for (int row = 0; row < column.Length; row++)
        {
            object? value = column.GetValue(row);
            string text = value is null ? "" : ScalarFormat.ToText(value);
            if (text.Length == 0) cells.AddEmpty();
            else if (!cells.TryAdd(System.Text.Encoding.UTF8.GetBytes(text)))
            {
                cells.AddEmpty();
                reject(row, text);
            }
        }
        return cells.Build();
    }

    public override string ToString() => $"{TableName} <- {Location}";
}
