using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Tests.Running;

/// <summary>A profiled run counts, per query, the rows its sources handed it and the time in its own operators.</summary>
public sealed class QueryProfileTests
{
    private static readonly InMemoryTableSource Events =
        Kusto.Table("Events", "datatable(Host:string, Bytes:long) ['a',1, 'b',5, 'a',7, 'c',2, 'b',9]", batchSize: 2);

    [Fact]
    public void EachQueryCountsTheRowsItWasGivenAndItsOwnTime()
    {
        var (handles, _) = RunTogether(profile: true,
            "Events | where Bytes > 4 | summarize count() by Host",
            "Events | where Host == 'a'",
            "datatable(x:long) [1, 2, 3] | where x > 1");

        // The in-memory table does not route rows, so each of its readers is handed all five; the datatable
        // is handed its own three rows. What a query keeps does not change what it was handed.
        Assert.Equal([5L, 5L, 3L], handles.Select(h => h.Profile!.RowsIn));
        Assert.All(handles, h => Assert.True(h.Profile!.Elapsed > TimeSpan.Zero));
        Assert.Equal(["b|2", "a|1"], handles[0].Result.Text());
    }

    [Fact]
    public void WithoutProfilingNothingIsKept()
    {
        var (handles, _) = RunTogether(profile: false, "Events | summarize count()");
        Assert.Null(handles[0].Profile);
        Assert.Equal(["5"], handles[0].Result.Text());
    }

    private static (List<QueryHandle> Handles, ExecutionGraph Graph) RunTogether(bool profile, params string[] queries)
    {
        var context = new RunContext(Kusto.Now) { Profile = profile };
        var schemas = new SchemaSet([new TableSchema(Events.TableName, Events.Columns)]);
        var graph = new ExecutionGraph(context, new TableSet([Events]));
        var handles = queries.Select(q => graph.Add(KqlCompilation.Compile(q, schemas).Query!)).ToList();
        graph.Run();
        return (handles, graph);
    }
}
