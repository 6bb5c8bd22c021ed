using System.Diagnostics;
using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Planning;
using RmmHunt.Hunting.Exclusions;
using RmmHunt.Hunting.Rules;
using RmmHunt.Hunting.Rules.Cache;
using RmmHunt.Kql;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Hunting.Runner;

/// <summary>What a hunt is run with besides rules and inputs.</summary>
public sealed record HuntOptions(DateTime Now, bool ApplyExclusions = true, bool KeepSuppressedEvents = false)
{
    /// <summary>Local copies of externaldata URLs.</summary>
    public IExternalDataProvider? ExternalData { get; init; }

    /// <summary>What the rules' state may take (null: half the memory available).</summary>
    public Engine.Execution.Memory.MemoryBudget? Memory { get; init; }

    /// <summary>Time each rule and phase (<see cref="RuleOutcome.Profile"/>, <see cref="HuntResult.Profile"/>).</summary>
    public bool Profile { get; init; }

    /// <summary>
    /// Sketches of the rules from earlier hunts over tables of the same schemas (null: none kept): a rule with one
    /// is compiled only if the scans give it rows, and the sketches of the rules compiled are kept for the next hunt.
    /// </summary>
    public SketchCache? Sketches { get; init; }
}

/// <summary>
/// Runs many rules over one set of inputs: every rule is compiled against the inputs' schemas, its
/// exclusions are attached to the tables it reads, and all rules are planned into one execution graph
/// so each table is scanned once for all of them. With the sketches of an earlier hunt over the same tables
/// (<see cref="HuntOptions.Sketches"/>), a rule is compiled only when the scans give it rows.
/// </summary>
public sealed class HuntRunner(ISchemaProvider schemas, ITableProvider tables)
{
    public HuntResult Run(IReadOnlyList<HuntingRule> rules, ExclusionSet? exclusions, HuntOptions options, CancellationToken cancellation = default)
    {
        var context = new RunContext(options.Now, cancellation)
        {
            ExternalData = options.ExternalData, Memory = options.Memory ?? Engine.Execution.Memory.MemoryBudget.Default(), Profile = options.Profile,
        };
        var graph = new ExecutionGraph(context, tables) { RecordSketches = options.Sketches is not null };
        var planned = new List<(HuntingRule Rule, QueryHandle? Handle, IReadOnlyList<EventFilter> Filters, string? Error, string? Warnings, TimeSpan Compile, TimeSpan Plan)>();
        var problems = new Dictionary<HuntingRule, IReadOnlyList<RuleProblem>>(ReferenceEqualityComparer.Instance);
        var exclusionWarnings = new List<string>();
        if (options.ApplyExclusions && exclusions is not null) exclusionWarnings.AddRange(exclusions.Expired(options.Now).Select(w => w.ToString()));
        foreach (var rule in rules)
        {
            if (options.Sketches?.Find(rule) is { } sketch && schemas.FindTable(sketch.TableName) is { } table)
            {
                var filters = FiltersFor(rule, [new BoundTableScan(sketch.TableName, table)], exclusions, options, exclusionWarnings);
                var handle = graph.AddDeferred(sketch, table, () => CompileLate(rule, context), filters);
                planned.Add((rule, handle, filters, null, null, TimeSpan.Zero, TimeSpan.Zero));
                continue;
            }
            long start = Stopwatch.GetTimestamp();
            var probe = new WatchedProbe(new ExecutionProbe(context, tables));
            var compilation = KqlCompilation.Compile(rule.QuerySource(), schemas, probe);
            var compiled = Stopwatch.GetElapsedTime(start);
            if (compilation.HasErrors)
            {
                planned.Add((rule, null, [], compilation.FormatDiagnostics(), null, compiled, TimeSpan.Zero));
                problems[rule] = RuleProblem.From(compilation);
                continue;
            }
            string? warnings = compilation.Diagnostics.Count > 0 ? compilation.FormatDiagnostics() : null;
            start = Stopwatch.GetTimestamp();
            try
            {
                var filters = FiltersFor(rule, BoundTree.Scans(compilation.Query!), exclusions, options, exclusionWarnings);
                var handle = graph.Add(compilation.Query!, filters);
                planned.Add((rule, handle, filters, null, warnings, compiled, Stopwatch.GetElapsedTime(start)));
                // A rule whose binding read data (a probe) or gave warnings is compiled every time: a sketch would lose them.
                if (handle.Sketch is { } recorded && warnings is null && !probe.Used) options.Sketches?.Add(rule, recorded);
            }
            catch (QueryException e)
            {
                planned.Add((rule, null, [], $"{rule.SourcePath}: {e.Message}", warnings, compiled, Stopwatch.GetElapsedTime(start)));
                problems[rule] = [new RuleProblem(rule.QueryLine, rule.QueryColumn, "RUN", e.Message)];
            }
        }
        long running = Stopwatch.GetTimestamp();
        graph.Run();
        var run = Stopwatch.GetElapsedTime(running);
        if (options.Sketches is { } sketches)
        {
            // A sketch its rule's plan did not fit (never seen: same text, schemas and build) goes, so the next hunt compiles that rule first.
            foreach (var failed in planned.Where(p => p.Handle?.Failure is not null)) sketches.Remove(failed.Rule);
            sketches.Save();
        }
        var outcomes = planned.Select(p => Outcome(p.Rule, p.Handle, p.Filters, p.Error, exclusions, problems.GetValueOrDefault(p.Rule, []))
            with { Warnings = p.Warnings, Profile = options.Profile ? Profile(p.Handle, p.Compile, p.Plan) : null }).ToList();
        foreach (var warning in exclusionWarnings) context.Warn(warning);
        return new HuntResult(context.Now, outcomes, context.Warnings)
        {
            Profile = options.Profile
                ? new HuntProfile(Sum(planned.Select(p => p.Compile)), Sum(planned.Select(p => p.Plan)), run)
                {
                    Deferred = planned.Count(p => p.Handle?.Deferred == true),
                    CompiledLate = planned.Count(p => p.Handle?.LatePlanning is not null),
                }
                : null,
        };
    }

    /// <summary>A deferred rule's compiling and planning, timed inside its first delivery, count as compiling, not running.</summary>
    private static RuleProfile Profile(QueryHandle? handle, TimeSpan compile, TimeSpan plan)
    {
        var late = handle?.LatePlanning ?? TimeSpan.Zero;
        return new(compile + late, plan, (handle?.Profile?.Elapsed ?? TimeSpan.Zero) - late, handle?.Profile?.RowsIn ?? 0);
    }

    private static TimeSpan Sum(IEnumerable<TimeSpan> times) => times.Aggregate(TimeSpan.Zero, (sum, time) => sum + time);

    /// <summary>A deferred rule compiled when its rows come, against the same schemas as the rules before it.</summary>
    private BoundTable CompileLate(HuntingRule rule, RunContext context)
    {
        var compilation = KqlCompilation.Compile(rule.QuerySource(), schemas, new ExecutionProbe(context, tables));
        return compilation.HasErrors ? throw new QueryException(compilation.FormatDiagnostics()) : compilation.Query!;
    }

    /// <summary>The exclusions for each table the rule reads (bound against that table's columns); none when the hunt applies none.</summary>
    private IReadOnlyList<EventFilter> FiltersFor(HuntingRule rule, IEnumerable<BoundTableScan> scans, ExclusionSet? exclusions, HuntOptions options, List<string> warnings)
    {
        if (!options.ApplyExclusions || exclusions is null) return [];
        var problems = new List<ExclusionError>();
        var filters = scans
            .DistinctBy(s => s.TableName)
            .SelectMany(scan => exclusions.For(RuleScope.Of(rule), scan.TableName, scan.Schema, problems, options.KeepSuppressedEvents, options.Now, schemas))
            .ToList();
        warnings.AddRange(problems.Select(p => p.ToString()));
        return filters;
    }

    private static RuleOutcome Outcome(HuntingRule rule, QueryHandle? handle, IReadOnlyList<EventFilter> filters, string? error, ExclusionSet? exclusions, IReadOnlyList<RuleProblem> problems)
    {
        if (handle is null) return new RuleOutcome { Rule = rule, Status = RuleStatus.Failed, Message = error, Problems = problems };
        if (handle.Failure is { } failure)
        {
            return new RuleOutcome
            {
                Rule = rule, Status = RuleStatus.Failed, Message = $"{rule.SourcePath}: {failure}",
                Problems = [new RuleProblem(rule.QueryLine, rule.QueryColumn, "RUN", failure)],
            };
        }
        if (handle.TablesWithoutData.Count > 0)
        {
            return new RuleOutcome
            {
                Rule = rule,
                Status = RuleStatus.NotRun,
                Message = "not run: no data for " + string.Join(", ", handle.TablesWithoutData),
                Problems = [new RuleProblem(rule.QueryLine, rule.QueryColumn, RuleProblem.NoData, "no data for " + string.Join(", ", handle.TablesWithoutData))],
            };
        }
        var suppressions = filters
            .GroupBy(f => f.Id)
            .Select(g => new SuppressionCount(g.Key, exclusions?.Exclusions.FirstOrDefault(e => e.Id == g.Key)?.Description ?? "", g.Sum(f => f.Removed)))
            .ToList();
        return new RuleOutcome
        {
            Rule = rule, Status = RuleStatus.Ran, Result = handle.Result, Suppressions = suppressions, SuppressedEvents = handle.SuppressedEvents,
        };
    }
}
