using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Planning;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Text;

namespace RmmHunt.Hunting.Tests;

/// <summary>Runs KQL through the real compiler and engine, with exclusions, as the hunt runner will.</summary>
internal static class EngineRun
{
    public static readonly DateTime Now = new(2024, 10, 7, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>Runs <paramref name="query"/> against Defender schemas, reading <paramref name="tables"/>.</summary>
    public static ResultTable Run(SourceText query, IReadOnlyList<EventFilter> exclusions, params InMemoryTableSource[] tables)
    {
        var schemas = new SchemaSet(tables.Select(t => TestData.Defender(t.TableName)));
        var compilation = KqlCompilation.Compile(query, schemas);
        if (compilation.HasErrors) throw new InvalidOperationException("query does not compile:\n" + compilation.FormatDiagnostics());
        var graph = new ExecutionGraph(new RunContext(Now), new TableSet(tables));
        var handle = graph.Add(compilation.Query!, exclusions);
        graph.Run();
        return handle.Result;
    }

    /// <summary>An in-memory table from a <c>datatable(...)[...]</c> expression; columns it lacks read as null.</summary>
    public static InMemoryTableSource Table(string name, string datatable)
    {
        var compilation = KqlCompilation.Compile(datatable, new SchemaSet([]));
        if (compilation.HasErrors) throw new InvalidOperationException("datatable does not compile:\n" + compilation.FormatDiagnostics());
        var graph = new ExecutionGraph(new RunContext(Now), new TableSet());
        var handle = graph.Add(compilation.Query!);
        graph.Run();
        return new InMemoryTableSource(name, handle.Result, batchSize: 3);
    }

    /// <summary>Rows as "a|b|c" text, for compact assertions.</summary>
    public static string[] Text(this ResultTable table) =>
        table.Rows().Select(r => string.Join("|", r.Select(Kql.Values.ScalarFormat.ToText))).ToArray();
}
