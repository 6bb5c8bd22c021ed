namespace RmmHunt.Engine.Tests;

/// <summary>toscalar, materialize, range, as and render.</summary>
public class SubqueryAndSourceTests
{
    private static InMemoryTable Events => new(Kusto.Table("Events", "datatable(Host:string, Bytes:long) ['a',1, 'b',5, 'a',7]"));

    private sealed record InMemoryTable(Sources.InMemoryTableSource Source);

    [Fact]
    public void Toscalar_takes_the_first_value_of_a_subquery()
    {
        var rows = Kusto.Run("""
            let Largest = toscalar(Events | summarize max(Bytes));
            Events | where Bytes == Largest | project Host
            """, Events.Source).Text();
        Assert.Equal(["a"], rows);
    }

    [Fact]
    public void Materialized_results_are_shared_by_every_reference()
    {
        var rows = Kusto.Run("""
            let Totals = materialize(Events | summarize Total = sum(Bytes) by Host);
            Totals | join kind=inner (Totals | where Total > 6) on Host | project Host, Total
            """, Events.Source).Text();
        Assert.Equal(["a|8"], rows);
    }

    [Fact]
    public void Range_over_numbers_datetimes_and_timespans()
    {
        Assert.Equal(["1", "3", "5"], Kusto.Run("range x from 1 to 5 step 2").Text());
        Assert.Equal(["2024-01-01T00:00:00.0000000Z", "2024-01-02T00:00:00.0000000Z"],
            Kusto.Run("range d from datetime(2024-01-01) to datetime(2024-01-02) step 1d").Text());
        Assert.Equal(["5", "3", "1"], Kusto.Run("range x from 5 to 1 step -2").Text());
        Assert.Equal(["10001"], Kusto.Run("range x from 0 to 10000 step 1 | count").Text());
    }

    [Fact]
    public void As_names_the_piped_table_for_later_use()
    {
        var rows = Kusto.Run("Events | where Bytes > 1 | as Big; Big | count", Events.Source).Text();
        Assert.Equal(["2"], rows);
    }

    [Fact]
    public void Render_is_accepted_and_ignored_with_a_note()
    {
        var compilation = Kql.KqlCompilation.Compile("print x = 1 | render timechart", new Kql.Symbols.SchemaSet([]));
        Assert.False(compilation.HasErrors);
        Assert.Contains(compilation.Diagnostics, d => d.Message.Contains("render timechart") && d.Message.Contains("ignored"));
        Assert.Equal(["1"], Kusto.Run("print x = 1 | render timechart").Text());
    }
}
