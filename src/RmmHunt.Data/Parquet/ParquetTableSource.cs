using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// A Parquet file as a table source: only the requested columns are read, a chunk of rows at a time,
/// and a row group whose time statistics lie outside the scan's <see cref="ScanRequest.Time"/> is
/// skipped unread (its rows are counted as skipped). A decoded chunk's rows that hold none of the
/// prefilter's needles in their columns are left out and counted as skipped too
/// (<see cref="ColumnNeedleFilter"/>). Row groups are decoded on several threads and handed on in file
/// order (<see cref="RowGroupPipeline"/>). A column whose stored type differs from
/// the table's is converted value by value as CSV text would be; a value that does not convert rejects
/// its row (with its record number). A gzip-compressed Parquet file is unpacked to a temporary file
/// first, since Parquet is read by seeking.
/// </summary>
public sealed class ParquetTableSource : ITableSource
{
    private readonly IReadOnlyDictionary<string, KqlType> _stored;
    private readonly int _workers;
    private readonly Inputs.InputLimits _limits;

    /// <param name="limits">How far a gzip-compressed file may expand when unpacked.</param>
    /// <param name="workers">Threads decoding row groups; 0 = one per processor. 1 reads on the scanning thread.</param>
    internal ParquetTableSource(string path, string table, IReadOnlyList<ColumnSymbol> columns, IReadOnlyDictionary<string, KqlType> stored,
        Inputs.InputLimits limits, int workers = 0)
    {
        _limits = limits;
        Location = path;
        TableName = table;
        Columns = columns;
        _stored = stored;
        _workers = workers > 0 ? workers : Math.Max(1, Environment.ProcessorCount);
    }

    public string TableName { get; }

    public string Location { get; }

    public IReadOnlyList<ColumnSymbol> Columns { get; }

    public IEnumerable<Batch> Scan(TableSchema table, ScanRequest request, IScanObserver observer, CancellationToken cancellation)
    {
        using var local = ParquetFiles.Local(Location, _limits);
        var file = ParquetFiles.OpenReader(Location, local.Path);
        ParquetScanPlan plan;
        try
        {
            plan = ParquetScanPlan.Create(file, Location, table, request, _stored);
        }
        catch
        {
            file.Dispose();
            throw;
        }
        if (plan.Missing.Length > 0)
            observer.Warning(Location, $"the file has no readable column {string.Join(", ", plan.Missing.Select(o => table.Columns[o].Name))}: null in every row");
        var reads = plan.Groups.Where(g => !g.Pruned).ToArray();
        int workers = Math.Min(_workers, reads.Length);
        using var groups = Open(file, plan, reads, workers, local.Path, cancellation);
        long fileBytes = new FileInfo(Location).Length, totalRows = Math.Max(1, plan.Groups.Sum(g => (long)g.Rows)), reportedBytes = 0;
        int next = 0;
        foreach (var group in plan.Groups)
        {
            cancellation.ThrowIfCancellationRequested();
            if (group.Pruned) observer.RowsSkipped(group.Rows);
            else
            {
                foreach (var chunk in groups.Chunks(next))
                {
                    foreach (var rejected in chunk.Rejections) observer.Rejected(rejected);
                    if (chunk.Skipped > 0) observer.RowsSkipped(chunk.Skipped);
                    if (chunk.Batch.RowCount == 0) continue;
                    observer.RowsRead(chunk.Batch.RowCount);
                    yield return chunk.Batch;
                }
                next++;
            }
            long bytes = group.Index == plan.Groups.Length - 1 ? fileBytes : fileBytes * (group.FirstRecord + group.Rows) / totalRows;
            observer.BytesRead(Math.Max(0, bytes - reportedBytes));
            reportedBytes = Math.Max(bytes, reportedBytes);
        }
        if (plan.Groups.Length == 0) observer.BytesRead(fileBytes);
    }

    /// <summary>The planning reader serves a single worker on this thread; parallel workers open their own.</summary>
    private IRowGroupChunks Open(ParquetSharp.ParquetFileReader file, ParquetScanPlan plan, PlannedGroup[] reads, int workers, string local, CancellationToken cancellation)
    {
        if (workers <= 1) return new SequentialRowGroups(new RowGroupDecoder(file, Location, plan), reads, cancellation);
        file.Dispose();
        return new RowGroupPipeline(reads, () => new RowGroupDecoder(ParquetFiles.OpenReader(Location, local), Location, plan), workers, cancellation);
    }

    public override string ToString() => $"{TableName} <- {Location}";
}
