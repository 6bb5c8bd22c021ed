using static RmmHunt.Engine.Tests.Limits.LimitedRun;

namespace RmmHunt.Engine.Tests.Limits;

/// <summary>
/// A cancelled run (Ctrl-C, --timeout) stops promptly wherever it is: in a scan, in a join's probe that
/// multiplies rows, in a sort or a join build that do their work after the input has ended.
/// </summary>
public class CancellationTests
{
    /// <summary>Only a guard against hanging the test run: the assertions are on what is thrown.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private static Exception? RunCancelledAfter(TimeSpan delay, string query, params Sources.ITableSource[] tables)
    {
        using var cancel = new CancellationTokenSource(delay);
        var run = Task.Run(() => Run(query, cancellation: cancel.Token, tables: tables));
        Assert.True(((IAsyncResult)run).AsyncWaitHandle.WaitOne(Guard), "the run did not stop");
        return run.Exception?.InnerException;
    }

    [Fact]
    public void A_scan_of_a_source_that_ignores_the_token_stops()
    {
        var error = RunCancelledAfter(TimeSpan.FromMilliseconds(200), "Endless | summarize count()", new EndlessSource());
        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }

    [Fact]
    public void A_join_whose_keys_multiply_rows_stops()
    {
        // 10^10 pairs: hours of work, and (unsliced) more memory than any machine has.
        var error = RunCancelledAfter(TimeSpan.FromMilliseconds(300),
            "range x from 1 to 100000 step 1 | extend k = 1 | join kind=inner (range y from 1 to 100000 step 1 | extend k = 1) on k | count");
        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }

    [Theory]
    [InlineData("T | sort by x asc")]
    [InlineData("T | join kind=inner (T | project k, y = x) on k | count")]
    public void Work_done_after_the_input_ended_stops(string query)
    {
        using var cancel = new CancellationTokenSource();
        var source = new CancelAtEndSource("T", 300_000, cancel);
        var error = Record.Exception(() => Run(query, cancellation: cancel.Token, tables: source));
        // Thrown by the sort's comparisons or the join's build loop (not wrapped by Array.Sort).
        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }
}
