using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Tests.Running;

/// <summary>
/// A query subscribed by its sketch from an earlier run (<see cref="ExecutionGraph.AddDeferred"/>) gives the rows
/// its plan would, is compiled only when its scan gives it rows, and fails alone when its plan does not fit the sketch.
/// </summary>
public sealed class DeferredQueryTests
{
    private const string Rows = "datatable(Timestamp:datetime, Url:string, Process:string) [" +
        "datetime(2024-10-06T10:00:00Z), 'api.anydesk.com', 'anydesk.exe', " +
        "datetime(2024-10-06T11:00:00Z), 'www.bing.com', 'msedge.exe', " +
        "datetime(2024-10-05T09:00:00Z), 'relay.anydesk.com', 'anydesk.exe', " +
        "datetime(2024-09-01T09:00:00Z), 'api.anydesk.com', 'anydesk.exe']";

    private static readonly InMemoryTableSource Events = Kusto.Table("Events", Rows, batchSize: 2);
    private static readonly InMemoryTableSource NoEvents = Kusto.Table("Events", Rows + " | take 0");
    private static readonly TableSchema EventsSchema = new("Events", Events.Columns);

    private const string AnyDesk =
        "Events | where Url has 'anydesk.com' and Timestamp between (now(-5d) .. now()) | summarize Count = count(), Last = max(Timestamp) by Url, Process";

    [Fact]
    public void A_deferred_query_gives_its_plans_rows_and_is_compiled_once_when_they_come()
    {
        var (sketch, eager) = Sketch(AnyDesk);
        int compiled = 0;
        var deferred = RunDeferred(sketch!, Events, () => { compiled++; return Compile(AnyDesk); });

        Assert.Equal(["api.anydesk.com|anydesk.exe|1|2024-10-06T10:00:00.0000000Z", "relay.anydesk.com|anydesk.exe|1|2024-10-05T09:00:00.0000000Z"], eager.Text());
        Assert.Equal(eager.Text(), deferred.Result.Text());
        Assert.Equal(1, compiled);
        Assert.Null(deferred.Failure);
    }

    [Fact]
    public void A_deferred_query_its_scan_gives_no_rows_is_never_compiled_and_has_the_plans_columns()
    {
        var (sketch, _) = Sketch(AnyDesk);
        var deferred = RunDeferred(sketch!, NoEvents, () => throw new InvalidOperationException("compiled without rows"));

        Assert.Empty(deferred.Result.Text());
        Assert.Equal(["Url", "Process", "Count", "Last"], deferred.Result.ColumnNames());
        Assert.Null(deferred.LatePlanning);
    }

    [Theory]
    [InlineData("Events | summarize count()")] // one row of counts without rows
    [InlineData("Events | count")]
    [InlineData("Events | union (print Url = 'x')")] // a second source
    [InlineData("Events | where Url in ((Events | where Process == 'anydesk.exe' | project Url))")] // a subquery
    [InlineData("Events | join kind=inner (Events | project Url, P2 = Process) on Url")]
    [InlineData("print x = 1")]
    public void Queries_with_rows_without_input_or_more_than_one_source_have_no_sketch(string query) =>
        Assert.Null(Sketch(query).Sketch);

    [Theory]
    [InlineData("Events | where Url has 'anydesk' | project Url | take 1")]
    [InlineData("Events | extend Host = tostring(split(Url, '.')[1]) | order by Url asc")]
    [InlineData("Events | where Process =~ 'anydesk.exe' | summarize make_set(Url) by Process")]
    public void Chains_of_row_operators_from_one_scan_have_a_sketch(string query) =>
        Assert.NotNull(Sketch(query).Sketch);

    [Fact]
    public void A_time_range_from_now_moves_with_now_and_a_fixed_one_stays()
    {
        var relative = Sketch("Events | where Timestamp between (now(-5d) .. now())").Sketch!.Time!;
        var later = Kusto.Now.AddDays(30);
        Assert.Equal(new TimeRange("Timestamp", later.AddDays(-5), later), relative.At(later));

        var shifted = Sketch("Events | where Timestamp > ago(2d) and Timestamp < now() - 1h + 30m").Sketch!.Time!;
        Assert.Equal(new TimeRange("Timestamp", later.AddDays(-2), later.AddMinutes(-30)), shifted.At(later));

        var fixedRange = Sketch("Events | where Timestamp > datetime(2024-01-01) and Timestamp < datetime(2024-02-01)").Sketch!.Time!;
        Assert.Equal(new TimeRange("Timestamp", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc)),
            fixedRange.At(later));

        // Aligned to the day, the bound would not move by as much as now: it is dropped (every row may pass).
        Assert.Null(Sketch("Events | where Timestamp >= startofday(now())").Sketch!.Time);
        var mixed = Sketch("Events | where Timestamp >= startofday(now()) and Timestamp <= now()").Sketch!.Time!;
        Assert.Equal(new TimeRange("Timestamp", null, later), mixed.At(later));
    }

    [Fact]
    public void A_plan_that_asks_more_of_the_scan_than_its_sketch_fails_that_query_alone()
    {
        var narrow = Sketch("Events | where Url has 'anydesk.com' | project Url").Sketch!;
        var context = new RunContext(Kusto.Now);
        var graph = new ExecutionGraph(context, new TableSet([Events]));
        var wider = graph.AddDeferred(narrow, EventsSchema, () => Compile("Events | where Url has 'anydesk.com' | project Url, Process"));
        var otherNeedles = graph.AddDeferred(narrow, EventsSchema, () => Compile("Events | where Url has 'bing.com' | project Url"));
        var other = graph.Add(Compile("Events | where Process == 'msedge.exe' | project Url"));
        graph.Run();

        Assert.Contains("no longer matches", wider.Failure);
        Assert.Contains("no longer matches", otherNeedles.Failure);
        Assert.Equal(["www.bing.com"], other.Result.Text());
    }

    private static BoundTable Compile(string query)
    {
        var compilation = KqlCompilation.Compile(query, new SchemaSet([EventsSchema]));
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
        return compilation.Query!;
    }

    /// <summary>The query planned and run as usual, recording its sketch.</summary>
    private static (ScanSketch? Sketch, ResultTable Result) Sketch(string query)
    {
        var graph = new ExecutionGraph(new RunContext(Kusto.Now), new TableSet([Events])) { RecordSketches = true };
        var handle = graph.Add(Compile(query));
        graph.Run();
        return (handle.Sketch, handle.Result);
    }

    private static QueryHandle RunDeferred(ScanSketch sketch, InMemoryTableSource table, Func<BoundTable> compile)
    {
        var graph = new ExecutionGraph(new RunContext(Kusto.Now), new TableSet([table]));
        var handle = graph.AddDeferred(sketch, EventsSchema, compile);
        graph.Run();
        return handle;
    }
}
