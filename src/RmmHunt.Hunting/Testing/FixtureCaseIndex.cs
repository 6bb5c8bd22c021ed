using RmmHunt.Engine.Execution;
using RmmHunt.Kql;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Hunting.Testing;

/// <summary>
/// The cases the fixture inputs hold, per rule id (read with one query per table, all in one scan),
/// and the latest timestamp in them.
/// </summary>
internal sealed class FixtureCaseIndex
{
    public Dictionary<string, Dictionary<string, HashSet<string>>> Cases { get; } = new(StringComparer.OrdinalIgnoreCase);
    public DateTime? Latest { get; private set; }

    public static FixtureCaseIndex Read(ISchemaProvider schemas, ITableProvider tables, IEnumerable<string> tableNames)
    {
        var index = new FixtureCaseIndex();
        var graph = new ExecutionGraph(new RunContext(DateTime.UtcNow), tables);
        var caseQueries = new List<QueryHandle>();
        var timeQueries = new List<QueryHandle>();
        foreach (var table in tableNames)
        {
            var schema = schemas.FindTable(table);
            if (schema is null || schema.Find(FixtureColumnNames.Rule) is null || schema.Find(FixtureColumnNames.Case) is null || schema.Find(FixtureColumnNames.Expect) is null) continue;
            string name = $"['{table}']";
            caseQueries.Add(Add(graph, schemas, $"{name} | summarize by {FixtureColumnNames.Rule}, {FixtureColumnNames.Case}, {FixtureColumnNames.Expect}"));
            if (schema.Find("Timestamp") is { Type: KqlType.DateTime }) timeQueries.Add(Add(graph, schemas, $"{name} | summarize Latest = max(Timestamp)"));
        }
        graph.Run();
        foreach (var row in caseQueries.SelectMany(q => q.Result.Rows()))
        {
            string rule = row[0] as string ?? "", name = row[1] as string ?? "", expect = row[2] as string ?? "";
            if (rule.Length == 0) continue;
            if (!index.Cases.TryGetValue(rule, out var cases)) index.Cases[rule] = cases = new(StringComparer.Ordinal);
            if (!cases.TryGetValue(name, out var expectations)) cases[name] = expectations = new(StringComparer.OrdinalIgnoreCase);
            expectations.Add(expect);
        }
        index.Latest = timeQueries.SelectMany(q => q.Result.Rows()).Select(r => r[0]).OfType<DateTime>().Cast<DateTime?>().Max();
        return index;
    }

    private static QueryHandle Add(ExecutionGraph graph, ISchemaProvider schemas, string kql)
    {
        var compilation = KqlCompilation.Compile(kql, schemas);
        if (compilation.HasErrors) throw new InvalidOperationException("fixture index query does not compile: " + compilation.FormatDiagnostics());
        return graph.Add(compilation.Query!);
    }
}
