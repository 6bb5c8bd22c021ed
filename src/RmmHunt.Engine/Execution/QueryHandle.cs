using RmmHunt.Engine.Operators;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Execution;

/// <summary>One query of an execution graph: its result once the graph has run, and the tables it read.</summary>
public sealed class QueryHandle
{
    private readonly ResultCollector _collector;

    internal QueryHandle(TableSchema schema, ResultCollector collector, IReadOnlySet<string> tables, bool profile)
    {
        Schema = schema;
        _collector = collector;
        Tables = tables;
        Profile = profile ? new QueryProfile() : null;
    }

    public TableSchema Schema { get; }

    /// <summary>The telemetry tables the query reads.</summary>
    public IReadOnlySet<string> Tables { get; }

    /// <summary>Tables the query reads that had no input in this run.</summary>
    public IReadOnlyList<string> TablesWithoutData { get; internal set; } = [];

    public ResultTable Result => _collector.Result;

    /// <summary>The query's rows and time during the run; null unless the run context asked for it.</summary>
    public QueryProfile? Profile { get; }

    /// <summary>What the query asks of its one table scan, recorded when the graph records sketches and the query has one.</summary>
    public ScanSketch? Sketch { get; internal set; }

    /// <summary>Whether the query was subscribed by its sketch (<see cref="ExecutionGraph.AddDeferred"/>).</summary>
    public bool Deferred { get; internal init; }

    /// <summary>
    /// How long compiling and planning a deferred query took when its first rows came (inside the delivery that
    /// <see cref="Profile"/> times); null if it never came to that.
    /// </summary>
    public TimeSpan? LatePlanning { get; internal set; }

    /// <summary>Why a deferred query (<see cref="ExecutionGraph.AddDeferred"/>) could not be planned when its rows came; null if it was, or needed not be.</summary>
    public string? Failure { get; internal set; }

    /// <summary>Events the query's exclusions removed, each counted once.</summary>
    public long SuppressedEvents => Interlocked.Read(ref _suppressed);

    private long _suppressed;

    internal void CountSuppressed(long events) => Interlocked.Add(ref _suppressed, events);
}
