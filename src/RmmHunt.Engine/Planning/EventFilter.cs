using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;

namespace RmmHunt.Engine.Planning;

/// <summary>
/// A predicate that removes events of a table before a query aggregates them (an exclusion for known
/// benign activity). It applies right after the filters that sit directly on the table, so what it
/// counts are events the query would otherwise have kept. Every removed event is counted, and kept
/// for listing when <see cref="KeepRemoved"/> is set.
/// </summary>
public sealed class EventFilter(string id, string table, BoundExpr predicate, bool keepRemoved = false)
{
    private long _removed;
    private readonly List<Batch> _removedRows = [];

    public string Id { get; } = id;
    public string Table { get; } = table;
    public BoundExpr Predicate { get; } = predicate;
    public bool KeepRemoved { get; } = keepRemoved;

    public long Removed => Interlocked.Read(ref _removed);

    /// <summary>The removed events (all columns the scan loaded), when <see cref="KeepRemoved"/> is set.</summary>
    public IReadOnlyList<Batch> RemovedRows => _removedRows;

    internal void Count(long rows) => Interlocked.Add(ref _removed, rows);

    internal void Keep(Batch rows)
    {
        lock (_removedRows) _removedRows.Add(rows);
    }
}
