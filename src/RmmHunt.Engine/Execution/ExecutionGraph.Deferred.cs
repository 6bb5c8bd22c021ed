using RmmHunt.Engine.Operators;
using RmmHunt.Engine.Planning;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Execution;

/// <summary>Queries subscribed by their sketches (<see cref="ScanSketch"/>) and planned only when their rows come.</summary>
public sealed partial class ExecutionGraph
{
    private LatePlan? _late; // while a deferred query is planned during the scans

    /// <summary>
    /// Subscribes a query by its sketch (<see cref="ScanSketch"/>) and plans it only when its scan first gives
    /// it rows, from the bound query <paramref name="compile"/> returns then; a query its scan gives no rows is
    /// never compiled, and its result is empty. A late plan that asks the scan for more than the sketch did
    /// (which a sketch of the same query, schemas and build never does) fails the query with
    /// <see cref="QueryHandle.Failure"/> rather than give it rows the scan may have skipped.
    /// </summary>
    /// <param name="table">The schema of the sketch's table in this run.</param>
    public QueryHandle AddDeferred(ScanSketch sketch, TableSchema table, Func<BoundTable> compile, IReadOnlyList<EventFilter>? exclusions = null)
    {
        var collector = new ResultCollector(sketch.Result, _context);
        var tables = new HashSet<string>(StringComparer.Ordinal) { sketch.TableName };
        var handle = new QueryHandle(sketch.Result, collector, tables, _context.Profile) { Deferred = true };
        var filters = exclusions ?? [];
        // The exclusions of this run may read columns the sketch's run did not exclude on.
        var columns = sketch.Columns.ToHashSet();
        foreach (var filter in filters.Where(f => f.Table == sketch.TableName)) ColumnReferences.Collect(filter.Predicate, columns);
        var time = sketch.Time?.At(_context.Now);
        var plan = new DeferredPlan(collector, handle, () => PlanLate(compile(), filters, handle, collector, tables, sketch, columns, time));
        _subscriptions.Add(new Subscription(new BoundTableScan(sketch.TableName, table), columns, sketch.Needles, time, plan, handle.Profile));
        _queries.Add(handle);
        return handle;
    }

    /// <summary>The sketch of a query planned into one subscription, when its result is empty without rows.</summary>
    private static ScanSketch? SketchOf(BoundTable query, Subscription subscription)
    {
        if (subscription.Scan.Optional || !ScanSketch.EmptyWithoutRows(query)) return null;
        var columns = subscription.Columns.ToArray();
        Array.Sort(columns); // not LINQ's Order: the published command has no ahead-of-time code for it over ints
        return new ScanSketch(subscription.Scan.TableName, columns, subscription.Needles, subscription.SketchTime, query.Schema);
    }

    /// <summary>
    /// Plans a deferred query while its table is being scanned: its one subscription is taken as the pipeline the
    /// deferred subscription feeds, once checked against the sketch it was subscribed by.
    /// </summary>
    private IBatchSink PlanLate(BoundTable query, IReadOnlyList<EventFilter> exclusions, QueryHandle handle, ResultCollector collector,
        HashSet<string> tables, ScanSketch sketch, ISet<int> columns, TimeRange? time)
    {
        var late = _late = new LatePlan();
        try
        {
            Plan(query, exclusions, handle, collector, tables);
        }
        finally
        {
            _late = null;
        }
        var planned = late.Subscriptions.Count == 1 && !late.Inline ? late.Subscriptions[0] : null;
        if (planned is null || planned.Scan.TableName != sketch.TableName || !planned.Columns.IsSubsetOf(columns)
            || !sketch.SameNeedles(planned.Needles) || !Within(planned.Time, time))
            throw new QueryException("its plan no longer matches the sketch it was subscribed by (a stale cache); run the hunt again");
        return planned.Sink;
    }

    /// <summary>What planning a deferred query asked for, which goes to its deferred subscription instead of the graph.</summary>
    private sealed class LatePlan
    {
        public List<Subscription> Subscriptions { get; } = [];
        public bool Inline { get; set; }
    }

    /// <summary>Whether every row in <paramref name="inner"/> is in <paramref name="outer"/> (null: every row).</summary>
    private static bool Within(TimeRange? inner, TimeRange? outer) =>
        outer is null || inner is not null && inner.Column == outer.Column
            && (outer.Min is null || inner.Min >= outer.Min) && (outer.Max is null || inner.Max <= outer.Max);
}
