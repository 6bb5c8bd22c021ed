using System.Diagnostics;

namespace RmmHunt.Engine.Execution;

/// <summary>
/// What one query of an execution graph cost while the graph ran, kept when the run asks for it
/// (<see cref="RunContext.Profile"/>): the rows the scans handed to the query and the time spent in
/// the query's own operators (taking its rows out of a shared batch, filtering, aggregating,
/// completing). Reading and prefiltering a table is shared by every query that reads it, so it is in
/// no query's time; a detection engineer tuning a pack sees which rules cost beyond the scan.
/// </summary>
public sealed class QueryProfile
{
    private long _rows, _ticks;

    /// <summary>Rows the scans and in-memory sources handed to the query.</summary>
    public long RowsIn => _rows;

    /// <summary>Time in the query's own operators.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, _ticks);

    /// <summary>Adds one delivery, timed from <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/>) to now.</summary>
    internal void Add(long rows, long startTimestamp)
    {
        _rows += rows;
        _ticks += Stopwatch.GetTimestamp() - startTimestamp;
    }
}
