namespace RmmHunt.Engine.Sources;

/// <summary>
/// A row that was left out, with where and why: the physical line it starts on and, for formats whose
/// records are not lines (a JSON array of rows, a Parquet row group), its 1-based record number.
/// </summary>
public sealed record RejectedRow(string Location, long Line, string? Column, string Reason, long? Record = null)
{
    /// <summary>
    /// How many rows this rejection stands for: 1, or every remaining row of a damaged block whose rows
    /// are known by count only (a Parquet row group whose pages cannot be decoded), records
    /// <see cref="Record"/> onwards.
    /// </summary>
    public long Rows { get; init; } = 1;

    public override string ToString()
    {
        string records = Rows > 1 ? $"records {Record}-{Record + Rows - 1}" : $"record {Record}";
        string where = Record is null ? $"{Location}:{Line}" : Line > 0 ? $"{Location}:{Line}: {records}" : $"{Location}: {records}";
        return Column is null ? $"{where}: {Reason}" : $"{where}: column {Column}: {Reason}";
    }
}

/// <summary>Receives a scan's accounting: nothing is dropped without being counted.</summary>
public interface IScanObserver
{
    void RowsRead(long rows);

    /// <summary>Rows the prefilter skipped without parsing them (they cannot match any query).</summary>
    void RowsSkipped(long rows);

    /// <summary>A rejection, counted as <see cref="RejectedRow.Rows"/> rows.</summary>
    void Rejected(RejectedRow row);

    void BytesRead(long bytes);

    void Warning(string location, string message);

    /// <summary>Time spent scanning this input (added up over the scans of a run).</summary>
    void Scanned(TimeSpan elapsed);
}
