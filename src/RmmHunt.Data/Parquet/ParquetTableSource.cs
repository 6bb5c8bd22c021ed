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

    internal ParquetTableSource(string path, string table, IReadOnlyList<ColumnSymbol> columns, IReadOnlyDictionary<string, KqlType> stored)
    {
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
        using var local = ParquetFiles.Local(Location);
        using var file = ParquetFiles.OpenReader(Location, local.Path);
        var metadata = file.FileMetaData;
        var fieldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int f = 0; f < metadata.NumColumns; f++) fieldOf.TryAdd(metadata.Schema.Column(f).Name, f);
        var reads = request.Columns.Order().Where(o => fieldOf.ContainsKey(table.Columns[o].Name) && _stored.ContainsKey(table.Columns[o].Name)).ToArray();
        var missing = request.Columns.Except(reads).Order().ToArray();
        if (missing.Length > 0)
            observer.Warning(Location, $"the file has no readable column {string.Join(", ", missing.Select(o => table.Columns[o].Name))}: null in every row");
        int timeField = request.Time is { } time && fieldOf.TryGetValue(time.Column, out int tf) && _stored.GetValueOrDefault(time.Column) == KqlType.DateTime ? tf : -1;
        long fileBytes = new FileInfo(Location).Length, totalRows = Math.Max(1, metadata.NumRows), record = 0, reportedBytes = 0;
        for (int g = 0; g < metadata.NumRowGroups; g++)
        {
            cancellation.ThrowIfCancellationRequested();
            using var group = file.RowGroup(g);
            int rows = checked((int)group.MetaData.NumRows);
            if (timeField >= 0 && OutsideTime(group, timeField, metadata, request.Time!))
            {
                observer.RowsSkipped(rows);
            }
            else
            {
                var readers = reads.Select(o => new ParquetColumnReader(group.Column(fieldOf[table.Columns[o].Name]), _stored[table.Columns[o].Name])).ToArray();
                try
                {
                    for (int done = 0; done < rows; done += ChunkRows)
                    {
                        cancellation.ThrowIfCancellationRequested();
                        int count = Math.Min(ChunkRows, rows - done);
                        var batch = ReadChunk(table, readers, reads, missing, count, record + done, observer);
                        if (batch.RowCount > 0)
                        {
                            observer.RowsRead(batch.RowCount);
                            yield return batch;
                        }
                    }
                }
                finally
                {
                    foreach (var reader in readers) reader.Dispose();
                }
            }
            record += rows;
            long bytes = g == metadata.NumRowGroups - 1 ? fileBytes : fileBytes * record / totalRows;
            observer.BytesRead(bytes - reportedBytes);
            reportedBytes = bytes;
        }
        if (metadata.NumRowGroups == 0) observer.BytesRead(fileBytes);
    }

    private static bool OutsideTime(RowGroupReader group, int field, FileMetaData metadata, TimeRange range)
    {
        using var chunk = group.MetaData.GetColumnChunkMetaData(field);
        return ParquetStatistics.OutsideTime(chunk, metadata.Schema.Column(field), range);
    }

    private Batch ReadChunk(TableSchema table, ParquetColumnReader[] readers, int[] reads, int[] missing, int count, long firstRecord, IScanObserver observer)
    {
        var columns = new Column?[table.Count];
        HashSet<int>? bad = null;
        for (int k = 0; k < reads.Length; k++)
        {
            var target = table.Columns[reads[k]];
            var column = readers[k].Read(count);
            if (column.Type != target.Type) column = Convert(column, target, firstRecord, observer, ref bad);
            columns[reads[k]] = column;
        }
        foreach (int ordinal in missing) columns[ordinal] = Column.Constant(table.Columns[ordinal].Type, null, count);
        var batch = new Batch(columns, count);
        if (bad is null) return batch;
        var keep = Enumerable.Range(0, count).Where(r => !bad.Contains(r)).ToArray();
        return batch.Gather(keep);
    }

    /// <summary>A stored type that is not the table's: each value as text, parsed the way a CSV cell of the table's type is.</summary>
    private Column Convert(Column column, ColumnSymbol target, long firstRecord, IScanObserver observer, ref HashSet<int>? bad)
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
                (bad ??= []).Add(row);
                observer.Rejected(new RejectedRow(Location, 0, target.Name, $"\"{text}\" is not a {target.Type.Name()}", firstRecord + row + 1));
            }
        }
        return cells.Build();
    }

    public override string ToString() => $"{TableName} <- {Location}";
}
