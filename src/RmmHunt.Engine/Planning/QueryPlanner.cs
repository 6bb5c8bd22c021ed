using RmmHunt.Engine.Aggregates;
using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Operators;
using RmmHunt.Kql.Binding;

namespace RmmHunt.Engine.Planning;

/// <summary>
/// Turns a bound query into a chain of push operators ending in a sink, registering its table scans
/// with the execution graph. It prunes columns (each operator asks its input only for the columns it
/// and the operators after it read) and hands the filters sitting directly on a scan to the scan, as
/// needles for skipping rows and as the place where exclusions apply.
/// </summary>
internal sealed class QueryPlanner(ExecutionGraph graph, ExpressionCompiler compiler, IReadOnlyList<EventFilter> exclusions, ISet<string> tables, Action<long> suppressed)
{
    private readonly Dictionary<BoundMaterialize, MaterializedResult> _materialized = [];

    /// <summary>Where the pipeline of an mv-apply subquery being built takes its rows.</summary>
    private IBatchSink? _subtableSink;

    public void Build(BoundTable node, IBatchSink sink, ISet<int> needed)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (TryScanPrefix(node, out var scan, out var predicates))
        {
            BuildScan(scan, predicates, sink, needed);
            return;
        }
        switch (node)
        {
            case BoundValues values:
                graph.AddInline(values, sink);
                break;
            case BoundFilter filter:
                Build(filter.Input, Windowed(new FilterOperator(compiler.Compile(filter.Predicate), sink), [filter.Predicate]), Union(needed, [filter.Predicate]));
                break;
            case BoundSerialize serialize:
                Build(serialize.Input, sink, needed);
                break;
            case BoundProject project:
            {
                var evaluators = new Evaluator?[project.Columns.Count];
                foreach (int i in needed) evaluators[i] = compiler.Compile(project.Columns[i]);
                Build(project.Input, Windowed(new ProjectOperator(evaluators, sink), project.Columns), ColumnReferences.Of(needed.Select(i => project.Columns[i])));
                break;
            }
            case BoundSummarize summarize:
            {
                var keys = summarize.Keys.Select(compiler.Compile).ToArray();
                var aggregates = summarize.Aggregates.Select(CompileAggregate).ToArray();
                var reads = ColumnReferences.Of(summarize.Keys.Concat(summarize.Aggregates.SelectMany(a => a.Args)));
                Build(summarize.Input, new SummarizeOperator(keys, aggregates, sink, compiler.Context), reads);
                break;
            }
            case BoundSort sort:
                Build(sort.Input, new SortOperator(CompileKeys(sort.Keys), long.MaxValue, sink, compiler.Context), Union(needed, sort.Keys.Select(k => k.Value)));
                break;
            case BoundTop top:
                Build(top.Input, new SortOperator(CompileKeys(top.Keys), top.Count, sink, compiler.Context), Union(needed, top.Keys.Select(k => k.Value)));
                break;
            case BoundTake take:
                Build(take.Input, new TakeOperator(take.Count, sink), needed);
                break;
            case BoundMvExpand mvExpand:
            {
                var values = mvExpand.Expansions.Select(e => compiler.Compile(e.Value)).ToArray();
                var reads = Union(needed.Where(i => mvExpand.Passthrough[i] >= 0).Select(i => mvExpand.Passthrough[i]).ToHashSet(), mvExpand.Expansions.Select(e => e.Value));
                Build(mvExpand.Input, new MvExpandOperator(mvExpand, values, needed, sink), reads);
                break;
            }
            case BoundExternalData data:
            {
                var provider = compiler.Context.ExternalData ?? throw new QueryException(
                    $"externaldata reads {data.Urls[0]}, and this offline run has no local copy of it: give one with --externaldata URL=PATH (nothing is fetched from the network)");
                graph.AddInline(() => data.Urls.SelectMany(url => provider.Read(data, url, compiler.Context)), sink);
                break;
            }
            case BoundMakeSeries series:
            {
                object? Constant(BoundExpr? expr) => expr is null ? null
                    : compiler.Compile(expr) is ConstantEvaluator c ? c.Value : throw new QueryException("the from, to and step of make-series must be constants");
                var op = new MakeSeriesOperator(series, series.Keys.Select(compiler.Compile).ToArray(), compiler.Compile(series.Axis),
                    () => series.Aggregates.Select(CompileAggregate).ToArray(), series.SeriesValues.Select(compiler.Compile).ToArray(),
                    Constant(series.From), Constant(series.To), Constant(series.Step), sink, compiler.Context);
                var reads = ColumnReferences.Of(series.Keys.Concat(series.Aggregates.SelectMany(a => a.Args)).Append(series.Axis));
                Build(series.Input, op, reads);
                break;
            }
            case BoundRange range:
                graph.AddInline(RangeBatches.Create(range, compiler), sink);
                break;
            case BoundMaterialize materialize:
                if (!_materialized.TryGetValue(materialize, out var shared))
                {
                    _materialized[materialize] = shared = new MaterializedResult(compiler.Context);
                    Build(materialize.Input, shared, Enumerable.Range(0, materialize.Schema.Count).ToHashSet());
                }
                shared.AddReader(sink);
                break;
            case BoundBagUnpack unpack:
            {
                var reads = Union(needed.Where(i => i < unpack.Passthrough.Count).Select(i => unpack.Passthrough[i]).ToHashSet(), [unpack.Bag]);
                Build(unpack.Input, new BagUnpackOperator(unpack, compiler.Compile(unpack.Bag), needed, sink), reads);
                break;
            }
            case BoundSubtable:
                _subtableSink = sink;
                break;
            case BoundMvApply apply:
            {
                if (BoundTree.Scans(apply.Subquery).Any())
                    throw new QueryException("mv-apply subqueries that read tables are not supported");
                var op = new MvApplyOperator(apply, apply.Expansions.Select(e => compiler.Compile(e.Value)).ToArray(), () => NewSubquery(apply.Subquery), sink);
                Build(apply.Input, op, Union(needed.Where(i => i < apply.Passthrough.Count).Select(i => apply.Passthrough[i]).ToHashSet(), apply.Expansions.Select(e => e.Value)));
                break;
            }
            case BoundScan steps:
            {
                var op = new ScanOperator(steps, steps.Steps.Select(s => compiler.Compile(s.Condition)).ToArray(),
                    steps.Steps.Select(s => s.Assignments.Select(a => compiler.Compile(a.Value)).ToArray()).ToArray(), sink, compiler.Context);
                Build(steps.Input, op, Enumerable.Range(0, steps.Input.Schema.Count).ToHashSet());
                break;
            }
            case BoundPartition partition:
            {
                if (BoundTree.Scans(partition.Subquery).Any())
                    throw new QueryException("partition subqueries that read tables are not supported");
                var op = new PartitionOperator(compiler.Compile(partition.Key), partition.MaxPartitions, () => NewSubquery(partition.Subquery), sink, compiler.Context);
                Build(partition.Input, op, Enumerable.Range(0, partition.Input.Schema.Count).ToHashSet());
                break;
            }
            case BoundParse parse:
            {
                var reads = Union(needed.Where(i => parse.Passthrough[i] >= 0).Select(i => parse.Passthrough[i]).ToHashSet(), [parse.Source]);
                Build(parse.Input, new ParseOperator(parse, compiler.Compile(parse.Source), needed, sink), reads);
                break;
            }
            case BoundJoin join:
                BuildJoin(join, sink, needed);
                break;
            case BoundIpv4Lookup lookup:
            {
                var op = new Ipv4LookupOperator(lookup, compiler.Compile(lookup.SourceKey), compiler.Compile(lookup.LookupKey), sink, compiler.Context);
                Build(lookup.Lookup, op.Lookup, Enumerable.Range(0, lookup.Lookup.Schema.Count).ToHashSet());
                Build(lookup.Input, op.Input, Enumerable.Range(0, lookup.Input.Schema.Count).ToHashSet());
                break;
            }
            case BoundUnion union:
            {
                var op = new UnionOperator(union.Schema, union.Mappings, union.SourceNames, needed, sink);
                int offset = union.SourceNames is null ? 0 : 1;
                for (int leg = 0; leg < union.Legs.Count; leg++)
                {
                    var mapping = union.Mappings[leg];
                    var legNeeds = needed.Where(i => i >= offset && mapping[i - offset] >= 0).Select(i => mapping[i - offset]).ToHashSet();
                    Build(union.Legs[leg], op.Legs[leg], legNeeds);
                }
                break;
            }
            default:
                throw new QueryException($"cannot plan {node.GetType().Name}");
        }
    }

    private void BuildJoin(BoundJoin join, IBatchSink sink, ISet<int> needed)
    {
        int leftWidth = join.Left.Schema.Count;
        bool rightOnly = join.Kind is JoinKind.RightSemi or JoinKind.RightAnti;
        var leftNeeded = rightOnly ? new HashSet<int>() : needed.Where(i => i < leftWidth).ToHashSet();
        var rightNeeded = rightOnly
            ? needed.ToHashSet()
            : needed.Where(i => i >= leftWidth).Select(i => join.RightOutputs[i - leftWidth]).ToHashSet();
        var op = new JoinOperator(join.Kind, join.LeftKeys.Select(compiler.Compile).ToArray(), join.RightKeys.Select(compiler.Compile).ToArray(),
            join.Left.Schema.Columns.Select(c => c.Type).ToArray(), join.Right.Schema.Columns.Select(c => c.Type).ToArray(),
            leftNeeded, join.RightOutputs, sink, compiler.Context);
        Build(join.Right, op.Right, Union(rightNeeded, join.RightKeys));
        Build(join.Left, op.Left, Union(leftNeeded, join.LeftKeys));
    }

    /// <summary>An operator whose expressions use window functions sees all its input at once.</summary>
    private IBatchSink Windowed(IBatchSink op, IEnumerable<BoundExpr> expressions) =>
        expressions.Any(BoundTree.HasWindowFunction) ? new WholeInputOperator(op, compiler.Context) : op;

    /// <summary>A fresh pipeline of an mv-apply or partition subquery: where to push its rows, and where its result gathers.</summary>
    private (IBatchSink Source, ResultCollector Result) NewSubquery(BoundTable subquery)
    {
        var result = new ResultCollector(subquery.Schema);
        _subtableSink = null;
        Build(subquery, result, Enumerable.Range(0, subquery.Schema.Count).ToHashSet());
        return (_subtableSink ?? throw new QueryException("the subquery does not read its rows"), result);
    }

    /// <summary>A table scan with only filters (possibly none) above it: the place for needles and exclusions.</summary>
    private static bool TryScanPrefix(BoundTable node, out BoundTableScan scan, out List<BoundExpr> predicates)
    {
        predicates = [];
        while (node is BoundFilter filter)
        {
            predicates.Insert(0, filter.Predicate);
            node = filter.Input;
        }
        scan = (node as BoundTableScan)!;
        return scan is not null;
    }

    private void BuildScan(BoundTableScan scan, List<BoundExpr> predicates, IBatchSink sink, ISet<int> needed)
    {
        if (!scan.Optional) tables.Add(scan.TableName);
        var applicable = exclusions.Where(e => e.Table == scan.TableName).ToList();
        IBatchSink top = sink;
        if (applicable.Count > 0)
            top = new ExclusionOperator(applicable.Select(e => (e, compiler.Compile(e.Predicate))).ToList(), suppressed, top);
        // Conjuncts become successive filters so later ones only see the rows earlier ones kept.
        var conjuncts = predicates.SelectMany(SplitAnd).ToList();
        for (int i = conjuncts.Count - 1; i >= 0; i--) top = new FilterOperator(compiler.Compile(conjuncts[i]), top);
        var columns = Union(needed, conjuncts.Concat(applicable.Select(e => e.Predicate)));
        // A graph that records sketches notes which expression gave each bound, to tell fixed ones from those that move with now.
        var origins = graph.RecordSketches ? new List<(BoundExpr, object?)>() : null;
        var time = TimeRangeDerivation.Derive(conjuncts, e =>
        {
            object? value = compiler.Compile(e) is ConstantEvaluator c ? c.Value : null;
            origins?.Add((e, value));
            return value;
        });
        var sketchTime = origins is null ? null : SketchTimeRange.From(time, origins, compiler.Context.Now);
        graph.Subscribe(scan, columns, NeedleDerivation.Derive(conjuncts), time, sketchTime, top);
    }

    private static IEnumerable<BoundExpr> SplitAnd(BoundExpr predicate) =>
        predicate is BoundCall { Function.Name: "and" } and ? and.Args.SelectMany(SplitAnd) : [predicate];

    private AggregateSlot CompileAggregate(BoundAggregate aggregate)
    {
        var args = aggregate.Args.Select(compiler.Compile).ToArray();
        var state = AggregateFactory.Create(aggregate, i => i < args.Length && args[i] is ConstantEvaluator c ? c.Value : null);
        return new AggregateSlot(state, args);
    }

    private (Evaluator, BoundSortKey)[] CompileKeys(IReadOnlyList<BoundSortKey> keys) =>
        keys.Select(k => (compiler.Compile(k.Value), k)).ToArray();

    private static HashSet<int> Union(ISet<int> needed, IEnumerable<BoundExpr> exprs)
    {
        var set = new HashSet<int>(needed);
        foreach (var expr in exprs) ColumnReferences.Collect(expr, set);
        return set;
    }
}
