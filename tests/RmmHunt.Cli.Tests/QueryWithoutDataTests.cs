namespace RmmHunt.Cli.Tests;

/// <summary>A query over print, range or datatable reads no telemetry, so it needs no --data.</summary>
public class QueryWithoutDataTests
{
    [Fact]
    public void A_query_without_tables_runs_without_data()
    {
        var run = Rmmhunt.Run("query", "range x from 1 to 3 step 1 | serialize | extend p = prev(x)", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("x,p\n1,\n2,1\n3,2\n", run.Stdout.ReplaceLineEndings("\n"));
    }
}
