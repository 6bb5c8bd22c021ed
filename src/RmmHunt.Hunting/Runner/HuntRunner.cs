using System.Diagnostics;
using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Planning;
using RmmHunt.Hunting.Exclusions;
using RmmHunt.Hunting.Rules;
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
}

/// <summary>
/// Runs many rules over one set of inputs: every rule is compiled against the inputs' schemas, its
/// exclusions are attached to the tables it reads, and all rules are planned into one execution graph
/// so each table is scanned once for all of them.
/// </summary>
public sealed class HuntRunner(ISchemaProvider schemas, ITableProvider tables)
{
    public HuntResult Run(IReadOnlyList<HuntingRule> rules, ExclusionSet? exclusions, HuntOptions options, CancellationToken cancellation = default)
    {
        var context = new RunContext(options.Now, cancellation)
        {
            ExternalData = options.ExternalData, Memory = options.Memory ?? Engine.Execution.Memory.MemoryBudget.Default(), Profile = options.Profile,
        };
        var graph = new ExecutionGraph(context, tables);
        var planned = new List<(HuntingRule Rule, QueryHandle? Handle, IReadOnlyList<EventFilter> Filters, string? Error, string? Warnings, TimeSpan Compile, TimeSpan Plan)>();
        var problems = new Dictionary<HuntingRule, IReadOnlyList<RuleProblem>>(ReferenceEqualityComparer.Instance);
        var exclusionWarnings = new List<string>();
        if (options.ApplyExclusions && exclusions is not null) exclusionWarnings.AddRange(exclusions.Expired(options.Now).Select(w => w.ToString()));
        foreach (var rule in rules)
        {
            long start = Stopwatch.GetTimestamp();
            var compilation = KqlCompilation.Compile(rule.QuerySource(), schemas, new ExecutionProbe(context, tables));
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
                var filters = options.ApplyExclusions && exclusions is not null
                    ? FiltersFor(rule, compilation.Query!, exclusions, options, exclusionWarnings)
                    : [];
                var handle = graph.Add(compilation.Query!, filters);
                planned.Add((rule, handle, filters, null, warnings, compiled, Stopwatch.GetElapsedTime(start)));
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
        var outcomes = planned.Select(p => Outcome(p.Rule, p.Handle, p.Filters, p.Error, exclusions, problems.GetValueOrDefault(p.Rule, []))
            with { Warnings = p.Warnings, Profile = options.Profile ? Profile(p.Handle, p.Compile, p.Plan) : null }).ToList();
        foreach (var warning in exclusionWarnings) context.Warn(warning);
        return new HuntResult(context.Now, outcomes, context.Warnings)
        {
            Profile = options.Profile ? new HuntProfile(Sum(planned.Select(p => p.Compile)), Sum(planned.Select(p => p.Plan)), run) : null,
        };
    }

    private static RuleProfile Profile(QueryHandle? handle, TimeSpan compile, TimeSpan plan) =>
        new(compile, plan, handle?.Profile?.Elapsed ?? TimeSpan.Zero, handle?.Profile?.RowsIn ?? 0);

    private static TimeSpan Sum(IEnumerable<TimeSpan> times) => times.Aggregate(TimeSpan.Zero, (sum, time) => sum + time);

    /// <summary>The exclusions for each table the rule reads (bound against that table's columns).</summary>
    private IReadOnlyList<EventFilter> FiltersFor(HuntingRule rule, BoundTable query, ExclusionSet exclusions, HuntOptions options, List<string> warnings)
    {
        var problems = new List<ExclusionError>();
        var filters = BoundTree.Scans(query)
            .DistinctBy(s => s.TableName)
            .SelectMany(scan => exclusions.For(RuleScope.Of(rule), scan.TableName, scan.Schema, problems, options.KeepSuppressedEvents, options.Now, schemas))
            .ToList();
        warnings.AddRange(problems.Select(p => p.ToString()));
        return filters;
    }

    private static RuleOutcome Outcome(HuntingRule rule, QueryHandle? handle, IReadOnlyList<EventFilter> filters, string? error, ExclusionSet? exclusions, IReadOnlyList<RuleProblem> problems)
    {
        if (handle is null) return new RuleOutcome { Rule = rule, Status = RuleStatus.Failed, Message = error, Problems = problems };
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
