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
    /// <summary>
    /// The instants every row the queries keep lies within (from <c>Timestamp between (...)</c>, <c>&gt;</c>,
    /// <c>&lt;</c>... on a datetime column); null = any. A source may skip whole blocks of rows whose
    /// stored minimum and maximum prove them outside (Parquet row-group statistics); it need not.
    /// </summary>
    public TimeRange? Time { get; init; }

    public static ScanRequest All(TableSchema table) => new(Enumerable.Range(0, table.Count).ToHashSet(), null);
}

/// <summary>
/// A datetime column's bounds, inclusive; a null bound is open. A row whose value lies outside, or is
/// null, cannot pass the filters the range was derived from.
/// </summary>
public sealed record TimeRange(string Column, DateTime? Min, DateTime? Max)
{
    /// <summary>Whether a block of rows whose values of <see cref="Column"/> span [min, max] may hold a row inside.</summary>
    public bool Overlaps(DateTime min, DateTime max) => (Min is null || max >= Min) && (Max is null || min <= Max);

    /// <summary>The smallest range holding both (for rows any of several queries keep); null when either is unbounded or they differ in column.</summary>
    public static TimeRange? Union(TimeRange? a, TimeRange? b)
    {
        if (a is null || b is null || a.Column != b.Column) return null;
        DateTime? min = a.Min is null || b.Min is null ? null : a.Min < b.Min ? a.Min : b.Min;
        DateTime? max = a.Max is null || b.Max is null ? null : a.Max > b.Max ? a.Max : b.Max;
        return min is null && max is null ? null : new TimeRange(a.Column, min, max);
    }

    public override string ToString() => $"{Column} in [{Min?.ToString("O") ?? "..."}, {Max?.ToString("O") ?? "..."}]";
}
