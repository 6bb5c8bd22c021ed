using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Sources;

/// <summary>
/// One input (a file) holding rows of one table. Sources stream: a scan yields batches as it reads,
/// loading only the requested columns and skipping rows the prefilter proves cannot match.
/// </summary>
public interface ITableSource
{
    string TableName { get; }

    /// <summary>Where the rows come from (a path), for messages and the input summary.</summary>
    string Location { get; }

    /// <summary>The columns the input declares (header, schema), typed by the table's built-in schema where known.</summary>
    IReadOnlyList<ColumnSymbol> Columns { get; }

    /// <summary>
    /// Reads the rows as batches laid out by <paramref name="table"/> (matched by column name; a column
    /// the input lacks is null). Rows that fail to convert are reported to <paramref name="observer"/> and left out.
    /// </summary>
    IEnumerable<Batch> Scan(TableSchema table, ScanRequest request, IScanObserver observer, CancellationToken cancellation);
}

/// <summary>What a scan must produce: which columns (by table ordinal) and which rows may be skipped unparsed.</summary>
public sealed record ScanRequest(IReadOnlySet<int> Columns, RowPrefilter? Prefilter)
{
    public static ScanRequest All(TableSchema table) => new(Enumerable.Range(0, table.Count).ToHashSet(), null);
}
