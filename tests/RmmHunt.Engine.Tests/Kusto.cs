using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Tests;

/// <summary>Runs KQL text through the real parser, binder, planner and operators, as a test helper.</summary>
internal static class Kusto
{
    public static readonly DateTime Now = new(2024, 10, 7, 12, 0, 0, DateTimeKind.Utc);

    public static ResultTable Run(string query, params InMemoryTableSource[] tables) => RunIn(new RunContext(Now), query, tables);

    /// <summary>Runs the query with rand() seeded.</summary>
    public static ResultTable RunSeeded(int seed, string query) => RunIn(new RunContext(Now) { RandomSeed = seed }, query, []);

    /// <summary>The warnings a run of the query raises (cloud-only functions...).</summary>
    public static IReadOnlyCollection<string> Warnings(string query, params InMemoryTableSource[] tables)
    {
        var context = new RunContext(Now);
        RunIn(context, query, tables);
        return context.Warnings;
    }

    private static ResultTable RunIn(RunContext context, string query, InMemoryTableSource[] tables)
    {
        var schemas = new SchemaSet(tables.Select(t => new TableSchema(t.TableName, t.Columns)));
        var tableSet = new TableSet(tables);
        var compilation = KqlCompilation.Compile(new Kql.Text.SourceText(query), schemas, new ExecutionProbe(context, tableSet));
        if (compilation.HasErrors) throw new InvalidOperationException("query does not compile:\n" + compilation.FormatDiagnostics());
        var graph = new ExecutionGraph(context, tableSet);
        var handle = graph.Add(compilation.Query!);
        graph.Run();
        return handle.Result;
    }

    /// <summary>The diagnostics of a query that must not compile.</summary>
    public static string Errors(string query, params InMemoryTableSource[] tables)
    {
        var schemas = new SchemaSet(tables.Select(t => new TableSchema(t.TableName, t.Columns)));
        var compilation = KqlCompilation.Compile(query, schemas);
        Assert.True(compilation.HasErrors, "expected the query to fail to compile");
        return compilation.FormatDiagnostics();
    }

    /// <summary>A table from a datatable query, to be scanned like telemetry.</summary>
    public static InMemoryTableSource Table(string name, string datatable, int batchSize = 4096) =>
        new(name, Run(datatable), batchSize);

    /// <summary>The result as text rows "a|b|c", values as tostring() gives them, for compact assertions.</summary>
    public static string[] Text(this ResultTable table) =>
        table.Rows().Select(r => string.Join("|", r.Select(Kql.Values.ScalarFormat.ToText))).ToArray();

    public static string[] ColumnNames(this ResultTable table) => table.Schema.Columns.Select(c => c.Name).ToArray();

    /// <summary>The value of one scalar expression, evaluated by <c>print</c> (null for null).</summary>
    public static object? Scalar(string expression)
    {
        var result = Run("print __value = " + expression);
        return result.Value(0, 0);
    }

    /// <summary>The text (as tostring() gives it) of one scalar expression; null values print as "null".</summary>
    public static string ScalarText(string expression) => Scalar(expression) is { } value ? Kql.Values.ScalarFormat.ToText(value) : "null";

    /// <summary>The text of one column, top to bottom; null values as "null".</summary>
    public static string[] ColumnText(this ResultTable table, string column) =>
        Enumerable.Range(0, table.RowCount).Select(r => table.Value(r, column) is { } v ? Kql.Values.ScalarFormat.ToText(v) : "null").ToArray();
}
