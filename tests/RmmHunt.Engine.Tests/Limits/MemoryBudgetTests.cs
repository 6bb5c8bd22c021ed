using RmmHunt.Engine.Execution.Memory;
using static RmmHunt.Engine.Tests.Limits.LimitedRun;

namespace RmmHunt.Engine.Tests.Limits;

/// <summary>
/// State that outgrows the run's memory budget stops the query with a message naming the operator and
/// the limit, not an OutOfMemoryException; state that fits, or that the operator bounds (top), runs.
/// </summary>
public class MemoryBudgetTests
{
    private const string UniqueKeys = "range x from 1 to 200000 step 1 | extend s = strcat('device-', x)";

    [Fact]
    public void Grouping_by_a_unique_column_beyond_the_budget_stops_naming_summarize_and_the_limit()
    {
        var e = Assert.Throws<MemoryLimitException>(() => Run(UniqueKeys + " | summarize count() by s", Megabytes(2)));
        Assert.Equal("summarize state exceeded --max-memory 2MB", e.Message);
    }

    [Fact]
    public void The_same_grouping_runs_within_a_budget_it_fits()
    {
        var budget = Megabytes(256);
        var result = Run(UniqueKeys + " | summarize count() by s | count", budget);
        Assert.Equal(200_000L, result.Value(0, 0));
        // Released when the summarize handed its groups on: only the one-row result is still held.
        Assert.InRange(budget.Used, 1, 4096);
        Assert.InRange(budget.Peak, 4L << 20, 256L << 20);
    }

    [Theory]
    [InlineData(" | summarize make_set(s)", "summarize state")]
    [InlineData(" | summarize make_list(s) by x % 10", "summarize state")]
    [InlineData(" | summarize dcount(s)", "summarize state")]
    [InlineData(" | summarize arg_max(x, s) by x", "summarize state")]
    [InlineData(" | sort by s", "sort")]
    [InlineData(" | top 150000 by s", "top")]
    [InlineData(" | join kind=inner (range y from 1 to 200000 step 1 | extend s = strcat('device-', y)) on s | count", "join build side")]
    [InlineData(" | extend n = row_number() + strlen(s) | summarize max(n)", "window function input")]
    [InlineData("", "the query's result")]
    public void Every_operator_that_holds_rows_is_charged(string tail, string what)
    {
        var e = Assert.Throws<MemoryLimitException>(() => Run(UniqueKeys + tail, Megabytes(2)));
        Assert.Equal($"{what} exceeded --max-memory 2MB", e.Message);
    }

    [Fact]
    public void A_materialized_result_is_charged()
    {
        var e = Assert.Throws<MemoryLimitException>(() => Run($"let m = materialize({UniqueKeys}); m | count", Megabytes(2)));
        Assert.Equal("materialize() result exceeded --max-memory 2MB", e.Message);
    }

    [Fact]
    public void A_small_top_over_a_large_input_keeps_only_its_best_rows()
    {
        // 300,000 rows of 8 bytes are 2.4 MB: only cutting the top down as rows arrive fits in 1 MB.
        var result = Run("range x from 1 to 300000 step 1 | top 3 by x desc", Megabytes(1));
        Assert.Equal(["300000", "299999", "299998"], result.Text());
    }

    [Fact]
    public void Cutting_a_top_down_early_keeps_the_first_of_equal_rows()
    {
        // Ties keep input order: the first rows with the top key, whatever the cuts in between.
        var result = Run("range x from 1 to 300000 step 1 | extend k = x % 3 | top 4 by k desc | project x", Megabytes(64));
        Assert.Equal(["2", "5", "8", "11"], result.Text());
    }
}
