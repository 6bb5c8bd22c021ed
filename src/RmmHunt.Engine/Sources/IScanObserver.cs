namespace RmmHunt.Engine.Sources;

/// <summary>A row that was left out, with where and why.</summary>
public sealed record RejectedRow(string Location, long Line, string? Column, string Reason)
{
    public override string ToString() => Column is null ? $"{Location}:{Line}: {Reason}" : $"{Location}:{Line}: column {Column}: {Reason}";
}

/// <summary>Receives a scan's accounting: nothing is dropped without being counted.</summary>
public interface IScanObserver
{
    void RowsRead(long rows);

    /// <summary>Rows the prefilter skipped without parsing them (they cannot match any query).</summary>
    void RowsSkipped(long rows);

    void Rejected(RejectedRow row);

    void BytesRead(long bytes);

    void Warning(string location, string message);

    /// <summary>Time spent scanning this input (added up over the scans of a run).</summary>
    void Scanned(TimeSpan elapsed);
}
