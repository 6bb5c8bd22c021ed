using System.Diagnostics;
using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Operators;
using RmmHunt.Engine.Planning;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;

namespace RmmHunt.Engine.Execution;

/// <summary>
/// Queries planned together and run with one scan per table: every query's pipeline subscribes to
/// the scans it needs, and each table is read once, with the union of the columns and of the
/// prefilters its subscribers ask for.
/// </summary>
public sealed partial class ExecutionGraph
{
    private sealed record Subscription(BoundTableScan Scan, ISet<int> Columns, NeedleConjunction? Needles, TimeRange? Time, IBatchSink Sink, QueryProfile? Profile)
    {
        /// <summary>The time range as it moves with now; derived only when the graph records sketches.</summary>
        public SketchTimeRange? SketchTime { get; init; }
    }

    private readonly RunContext _context;
    private readonly ITableProvider _tables;
    private readonly List<Subscription> _subscriptions = [];
    private readonly List<(Func<IEnumerable<Batch>> Batches, IBatchSink Sink, QueryProfile? Profile)> _inline = [];
    private readonly List<QueryHandle> _queries = [];
    private QueryProfile? _planning; // the profile of the query being added: its sources' deliveries are timed into it
    private int _subqueriesRun;
    private bool _ran;

    public ExecutionGraph(RunContext context, ITableProvider tables)
    {
        _context = context;
        _tables = tables;
    }

    /// <summary>Whether <see cref="Add"/> sketches each query it can (<see cref="QueryHandle.Sketch"/>).</summary>
    public bool RecordSketches { get; init; }

    /// <summary>Plans a query; its result is available from the handle after <see cref="Run"/>.</summary>
    public QueryHandle Add(BoundTable query, IReadOnlyList<EventFilter>? exclusions = null)
    {
        var collector = new ResultCollector(query.Schema, _context);
        var tables = new HashSet<string>(StringComparer.Ordinal);
        var handle = new QueryHandle(query.Schema, collector, tables, _context.Profile);
        int subscriptions = _subscriptions.Count, inline = _inline.Count, subqueries = _subqueriesRun;
        Plan(query, exclusions ?? [], handle, collector, tables);
        _queries.Add(handle);
        if (RecordSketches && _subscriptions.Count == subscriptions + 1 && _inline.Count == inline && _subqueriesRun == subqueries)
            handle.Sketch = SketchOf(query, _subscriptions[^1]);
        return handle;
    }

    private void Plan(BoundTable query, IReadOnlyList<EventFilter> exclusions, QueryHandle handle, ResultCollector collector, HashSet<string> tables)
    {
        var compiler = new ExpressionCompiler(_context, RunSubquery);
        _planning = handle.Profile;
        var planner = new QueryPlanner(this, compiler, exclusions, tables, handle.CountSuppressed);
        try
        {
            planner.Build(query, collector, Enumerable.Range(0, query.Schema.Count).ToHashSet());
        }
        catch (InsufficientExecutionStackException e)
        {
            // The planner and the expression compiler recurse over the bound tree; a query built from
            // long chains of lets can be deeper than the stack allows.
            throw new QueryException("the query is nested too deeply to run (simplify its chains of let statements)", e);
        }
        finally
        {
            _planning = null;
        }
    }

    internal void Subscribe(BoundTableScan scan, ISet<int> columns, NeedleConjunction? needles, TimeRange? time, SketchTimeRange? sketchTime, IBatchSink sink) =>
        (_late?.Subscriptions ?? _subscriptions).Add(new Subscription(scan, columns, needles, time, sink, _planning) { SketchTime = sketchTime });

    internal void AddInline(BoundValues values, IBatchSink sink) =>
        AddInline(() => values.Rows.Count > 0 ? [InlineBatch.From(values)] : [], sink);

    /// <summary>A source computed in memory (range, externaldata), run before the table scans.</summary>
    internal void AddInline(Func<IEnumerable<Batch>> batches, IBatchSink sink)
    {
        if (_late is not null) _late.Inline = true; // too late to run: the late plan fails its check
        else _inline.Add((batches, sink, _planning));
    }

    public void Run()
    {
        if (_ran) throw new InvalidOperationException("an execution graph runs once");
        _ran = true;
        foreach (var (batches, sink, profile) in _inline)
        {
            foreach (var batch in batches())
            {
                _context.Cancellation.ThrowIfCancellationRequested();
                if (!sink.WantsMore) break;
                long start = Timestamp(profile);
                sink.Push(batch);
                profile?.Add(batch.RowCount, start);
            }
            Complete(sink, profile);
        }
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in _subscriptions.GroupBy(s => s.Scan.TableName))
        {
            var sources = _tables.SourcesOf(group.Key);
            if (sources.Count == 0) missing.Add(group.Key);
            ScanTable(group.ToList(), sources);
        }
        foreach (var query in _queries) query.TablesWithoutData = query.Tables.Where(missing.Contains).Order(StringComparer.Ordinal).ToList();
    }

    private void ScanTable(List<Subscription> subscribers, IReadOnlyList<ITableSource> sources)
    {
        var schema = subscribers[0].Scan.Schema;
        var columns = subscribers.SelectMany(s => s.Columns).ToHashSet();
        // Rows may be skipped only if every subscriber has needles: a subscriber without any needs every row.
        var alternatives = subscribers.All(s => s.Needles is not null) ? subscribers.Select(s => s.Needles!).Distinct().ToList() : null;
        var prefilter = alternatives is null ? null : new RowPrefilter(alternatives);
        var routes = subscribers.Select(s => new Route(s, alternatives?.IndexOf(s.Needles!) ?? -1)).ToList();
        // Likewise a time range: rows outside it may be skipped only if no subscriber wants them.
        var time = subscribers.Skip(1).Aggregate(subscribers[0].Time, (range, s) => TimeRange.Union(range, s.Time));
        var request = new ScanRequest(columns, prefilter) { Time = time };
        foreach (var source in sources)
        {
            if (!subscribers.Any(s => s.Sink.WantsMore)) break;
            var observer = _tables.ObserverFor(source);
            var clock = Stopwatch.StartNew();
            var coalescer = new BatchCoalescer();
            bool more = true;
            foreach (var batch in source.Scan(schema, request, observer, _context.Cancellation))
            {
                // Sources observe the token too, but one that does not must not keep the run going.
                _context.Cancellation.ThrowIfCancellationRequested();
                foreach (var ready in coalescer.Add(batch)) more &= Push(routes, ready);
                if (!more) break;
            }
            if (more && coalescer.Flush() is { } rest) Push(routes, rest);
            observer.Scanned(clock.Elapsed);
        }
        foreach (var subscriber in subscribers) Complete(subscriber.Sink, subscriber.Profile);
    }

    private static void Complete(IBatchSink sink, QueryProfile? profile)
    {
        long start = Timestamp(profile);
        sink.Complete();
        profile?.Add(0, start);
    }

    /// <summary>Now, when a delivery is profiled; the push loop of an unprofiled run reads no clock.</summary>
    private static long Timestamp(QueryProfile? profile) => profile is null ? 0 : Stopwatch.GetTimestamp();

    /// <summary>A subscriber with the index of its needles among the scan's prefilter alternatives (-1: no prefilter).</summary>
    private sealed record Route(Subscription Subscriber, int Alternative);

    /// <summary>
    /// Pushes a batch to every subscriber that still wants rows; false when none does. Where the source
    /// routed the rows, a subscriber gets only those its own needles let through (none: no push).
    /// </summary>
    private static bool Push(List<Route> routes, Batch batch)
    {
        bool any = false;
        foreach (var (subscriber, alternative) in routes)
        {
            if (!subscriber.Sink.WantsMore) continue;
            any = true;
            long start = Timestamp(subscriber.Profile);
            var own = batch;
            if (batch.Routes is { } routed && alternative >= 0 && alternative < routed.Alternatives)
            {
                var rows = routed.RowsOf(alternative);
                if (rows.Length == 0) continue;
                if (rows.Length < batch.RowCount) own = batch.Gather(rows, subscriber.Columns);
            }
            subscriber.Sink.Push(own);
            subscriber.Profile?.Add(own.RowCount, start);
        }
        return any;
    }

    /// <summary>Runs a subquery (<c>in (T | ...)</c>, <c>toscalar()</c>) on its own, before the query that needs it.</summary>
    private ResultTable RunSubquery(BoundTable query)
    {
        _subqueriesRun++;
        var graph = new ExecutionGraph(_context, _tables);
        var handle = graph.Add(query);
        graph.Run();
        return handle.Result;
    }
}
