using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Planning;
using RmmHunt.Hunting.Rules;
using RmmHunt.Kql;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Parsing;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Hunting.Testing;

/// <summary>
/// Runs every rule over each of its fixture cases. A case is the fixture rows carrying the rule's id
/// and the case name; the rule runs unchanged, and an engine event filter on every table it scans
/// keeps only that case's rows. All rules and cases are planned into one execution graph, so each
/// fixture table is read once.
/// </summary>
public static class RuleTester
{
    /// <summary>
    /// Runs <paramref name="rules"/> over the fixture inputs. <paramref name="now"/> pins <c>now()</c>;
    /// without it, one hour after the latest fixture timestamp, so a rule's look-back covers the fixtures.
    /// </summary>
    public static RuleTestRun Run(IReadOnlyList<HuntingRule> rules, ISchemaProvider schemas, ITableProvider tables,
        IEnumerable<string> fixtureTables, IReadOnlyList<string> fixtureFiles, DateTime? now, CancellationToken cancellation = default)
    {
        var index = FixtureCaseIndex.Read(schemas, tables, fixtureTables);
        var runNow = now ?? index.Latest?.AddHours(1) ?? DateTime.UtcNow;
        var graph = new ExecutionGraph(new RunContext(runNow, cancellation), tables);
        var planned = new List<(HuntingRule Rule, List<(string Name, bool Match, QueryHandle? Handle, string? Problem)> Cases, string? Problem)>();
        foreach (var rule in rules)
        {
            var compilation = KqlCompilation.Compile(rule.QuerySource(), schemas);
            if (compilation.HasErrors)
            {
                planned.Add((rule, [], compilation.FormatDiagnostics().TrimEnd()));
                continue;
            }
            var cases = index.Cases.GetValueOrDefault(rule.Id) ?? [];
            planned.Add((rule, cases.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => Plan(graph, compilation.Query!, rule.Id, c.Key, c.Value)).ToList(), null));
        }
        graph.Run();
        var results = planned.Select(p => p.Problem is not null ? new RuleTestResult(p.Rule, [], p.Problem) : Result(p.Rule, p.Cases)).ToList();
        return new RuleTestRun(runNow, results, fixtureFiles);
    }

    private static (string, bool, QueryHandle?, string?) Plan(ExecutionGraph graph, BoundTable query, string ruleId, string caseName, HashSet<string> expectations)
    {
        string? expect = expectations.Count == 1 ? expectations.Single() : null;
        bool match = string.Equals(expect, FixtureColumnNames.Match, StringComparison.OrdinalIgnoreCase);
        if (!match && !string.Equals(expect, FixtureColumnNames.NoMatch, StringComparison.OrdinalIgnoreCase))
            return (caseName, false, null, $"the case's rows must all expect '{FixtureColumnNames.Match}' or all '{FixtureColumnNames.NoMatch}', not {string.Join(", ", expectations.Select(e => $"'{e}'"))}");
        var filters = BoundTree.Scans(query).DistinctBy(s => s.TableName).Select(s => OnlyCase(s.TableName, s.Schema, ruleId, caseName)).ToList();
        try
        {
            return (caseName, match, graph.Add(query, filters), null);
        }
        catch (QueryException e)
        {
            return (caseName, match, null, e.Message);
        }
    }

    /// <summary>An event filter removing every row of the table but the case's (all rows, if the table has no fixture columns).</summary>
    private static EventFilter OnlyCase(string table, TableSchema schema, string ruleId, string caseName)
    {
        string kql = schema.Find(FixtureColumnNames.Rule) is null || schema.Find(FixtureColumnNames.Case) is null
            ? "true"
            : $"not({FixtureColumnNames.Rule} == {Quote(ruleId)} and {FixtureColumnNames.Case} == {Quote(caseName)})";
        var diagnostics = new List<Diagnostic>();
        var predicate = Binder.BindPredicate(Parser.ParseExpression(kql, diagnostics), schema, diagnostics);
        if (diagnostics.Any(d => d.IsError)) throw new InvalidOperationException($"fixture filter does not bind: {kql}");
        return new EventFilter("fixture-case", table, predicate);
    }

    private static RuleTestResult Result(HuntingRule rule, List<(string Name, bool Match, QueryHandle? Handle, string? Problem)> cases)
    {
        var results = cases.Select(c => c.Problem is not null || c.Handle is null
            ? new FixtureCaseResult(c.Name, c.Match, 0, c.Problem ?? "not planned")
            : c.Handle.TablesWithoutData.Count > 0
                ? new FixtureCaseResult(c.Name, c.Match, 0, "no fixture data for " + string.Join(", ", c.Handle.TablesWithoutData))
                : new FixtureCaseResult(c.Name, c.Match, c.Handle.Result.RowCount)).ToList();
        string? problem = results.Count == 0 ? "no fixtures"
            : !results.Any(r => r.ExpectMatch) ? "no positive fixture (a case expecting a match)"
            : results.All(r => r.ExpectMatch) ? "no negative fixture (a case expecting no match)"
            : null;
        return new RuleTestResult(rule, results, problem);
    }

    private static string Quote(string value) => "'" + value.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
