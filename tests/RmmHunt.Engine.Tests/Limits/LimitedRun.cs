using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Execution.Memory;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Tests.Limits;

/// <summary>Runs a query with a given memory budget and cancellation, over in-memory tables.</summary>
internal static class LimitedRun
{
    public static ResultTable Run(string query, MemoryBudget? memory = null, CancellationToken cancellation = default, params ITableSource[] tables)
    {
        var schemas = new SchemaSet(tables.Select(t => new TableSchema(t.TableName, t.Columns)));
        var context = new RunContext(Kusto.Now, cancellation) { Memory = memory ?? MemoryBudget.Default() };
        var compilation = KqlCompilation.Compile(query, schemas);
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
        var graph = new ExecutionGraph(context, new TableSet(tables));
        var handle = graph.Add(compilation.Query!);
        graph.Run();
        return handle.Result;
    }

    /// <summary>A budget of a few megabytes, named as the command line names it.</summary>
    public static MemoryBudget Megabytes(int megabytes) => new((long)megabytes << 20, $"--max-memory {megabytes}MB");
}

/// <summary>
/// A table of <c>x:long</c> rows 1..N that cancels the run once its last row has been read, so that the
/// operator that does its work at the end of the input (a sort, a join's build) sees the cancellation.
/// </summary>
internal sealed class CancelAtEndSource(string name, int rows, CancellationTokenSource cancel) : ITableSource
{
    public string TableName => name;
    public string Location => $"memory:{name}";
    public IReadOnlyList<ColumnSymbol> Columns { get; } = [new("x", KqlType.Long), new("k", KqlType.Long)];

    public IEnumerable<Batch> Scan(TableSchema table, ScanRequest request, IScanObserver observer, CancellationToken cancellation)
    {
        for (int start = 0; start < rows; start += 4096)
        {
            int length = Math.Min(4096, rows - start);
            var x = new long[length];
            for (int i = 0; i < length; i++) x[i] = rows - (start + i); // descending: the sort has work to do
            var columns = new Column?[table.Count];
            columns[table.IndexOf("x")] = new PrimitiveColumn<long>(KqlType.Long, x);
            columns[table.IndexOf("k")] = Column.Constant(KqlType.Long, 1L, length);
            yield return new Batch(columns, length);
        }
        cancel.Cancel();
    }
}

/// <summary>A table that never ends and never looks at the cancellation token (a badly written source).</summary>
internal sealed class EndlessSource : ITableSource
{
    public string TableName => "Endless";
    public string Location => "memory:Endless";
    public IReadOnlyList<ColumnSymbol> Columns { get; } = [new("x", KqlType.Long)];

    public IEnumerable<Batch> Scan(TableSchema table, ScanRequest request, IScanObserver observer, CancellationToken cancellation)
    {
        while (true)
        {
            var columns = new Column?[table.Count];
            columns[0] = Column.Constant(KqlType.Long, 1L, 4096);
            yield return new Batch(columns, 4096);
        }
    }
}
