using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Execution;

/// <summary>Evaluates part of a query over the run's data while it is bound (see <see cref="IDataProbe"/>).</summary>
public sealed class ExecutionProbe(RunContext context, ITableProvider tables) : IDataProbe
{
    public IEnumerable<object?> Values(BoundTable table, BoundExpr column)
    {
        var query = new BoundProject(table, [column], new TableSchema("", [new ColumnSymbol("value", column.Type)]));
        var graph = new ExecutionGraph(context, tables);
        var handle = graph.Add(query);
        graph.Run();
        var values = handle.Result.Columns[0];
        for (int i = 0; i < values.Length; i++) yield return values.GetValue(i);
    }
}
