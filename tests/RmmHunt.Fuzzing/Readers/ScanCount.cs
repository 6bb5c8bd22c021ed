using RmmHunt.Data;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Fuzzing.Readers;

/// <summary>What one scan of a source produced: rows in its batches, its accounting, and the input error that stopped it, if any.</summary>
public sealed record ScanCount(long BatchRows, ScanStatistics Statistics, InputFileException? Error)
{
    public long Total => Statistics.Read + Statistics.Skipped + Statistics.RejectedCount;

    public override string ToString() =>
        $"{Statistics.Read} read, {Statistics.Skipped} skipped, {Statistics.RejectedCount} rejected" + (Error is null ? "" : $", stopped: {Error.Message}");

    /// <summary>
    /// Scans every batch to the end, checking each batch's shape. Only an <see cref="InputFileException"/>
    /// naming the file may stop the scan; anything else escapes to the caller as a crash.
    /// </summary>
    public static ScanCount Of(ITableSource source, TableSchema table, ScanRequest request, string path, List<string> violations)
    {
        var statistics = new ScanStatistics(source.Location, source.TableName);
        long rows = 0;
        try
        {
            foreach (var batch in source.Scan(table, request, statistics, CancellationToken.None))
            {
                rows += batch.RowCount;
                CheckShape(batch, table, request, violations);
            }
        }
        catch (InputFileException e) when (e.Path == path)
        {
            return new ScanCount(rows, statistics, e);
        }
        return new ScanCount(rows, statistics, null);
    }

    private static void CheckShape(Batch batch, TableSchema table, ScanRequest request, List<string> violations)
    {
        foreach (int ordinal in request.Columns)
        {
            var column = batch.Columns[ordinal];
            if (column is null) violations.Add($"a batch lacks the requested column {table.Columns[ordinal].Name}");
            else if (column.Length != batch.RowCount) violations.Add($"column {table.Columns[ordinal].Name} has {column.Length} values in a batch of {batch.RowCount} rows");
            else if (column.Type != table.Columns[ordinal].Type) violations.Add($"column {table.Columns[ordinal].Name} is {column.Type}, the table says {table.Columns[ordinal].Type}");
        }
    }
}
