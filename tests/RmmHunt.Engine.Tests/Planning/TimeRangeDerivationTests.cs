using FsCheck.Xunit;
using RmmHunt.Engine.Planning;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Tests.Planning;

/// <summary>
/// Parquet row groups are skipped by their time statistics using the range derived from a query's
/// filters. Skipping is only allowed when it can never drop a row the query keeps: every row the
/// filter keeps must lie inside the derived range, and the range must be as tight as the filter says
/// for the forms rules use (<c>between</c>, comparisons with <c>now()</c> offsets, <c>ago()</c>).
/// </summary>
public class TimeRangeDerivationTests
{
    private static readonly DateTime Start = new(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Comparisons = ["<", "<=", ">", ">=", "==", "!="];

    private static TimeRange? Derive(string predicate)
    {
        var schema = new SchemaSet([new TableSchema("T", [new ColumnSymbol("Timestamp", KqlType.DateTime), new ColumnSymbol("x", KqlType.Long)])]);
        var compilation = KqlCompilation.Compile($"T | where {predicate}", schema);
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
        // Constants are folded as the planner folds them: by compiling them for the run.
        var compiler = new Expressions.ExpressionCompiler(new Execution.RunContext(Kusto.Now), _ => throw new InvalidOperationException("no subqueries here"));
        return TimeRangeDerivation.Derive([((BoundFilter)compilation.Query!).Predicate], e => compiler.Compile(e) is Expressions.ConstantEvaluator c ? c.Value : null);
    }

    [Fact] // the seed rule's window: now(-5d) .. now(), bounds inclusive as between is
    public void Between_gives_its_inclusive_bounds()
    {
        var range = Derive("Timestamp between (now(-5d) .. now())");
        Assert.Equal(new TimeRange("Timestamp", Kusto.Now.AddDays(-5), Kusto.Now), range);
    }

    [Theory]
    [InlineData("Timestamp > ago(1d)", -1.0, null)]
    [InlineData("ago(1d) < Timestamp", -1.0, null)]
    [InlineData("Timestamp <= now(-2d) and x > 3", null, -2.0)]
    [InlineData("Timestamp >= ago(3d) and Timestamp < ago(1d)", -3.0, -1.0)]
    [InlineData("Timestamp == now(-1d)", -1.0, -1.0)]
    public void Comparisons_with_constants_bound_the_range(string predicate, double? minDays, double? maxDays)
    {
        var range = Derive(predicate);
        Assert.Equal(new TimeRange("Timestamp", minDays is { } a ? Kusto.Now.AddDays(a) : null, maxDays is { } b ? Kusto.Now.AddDays(b) : null), range);
    }

    [Theory]
    [InlineData("Timestamp > ago(1d) or x > 3")]
    [InlineData("not(Timestamp > ago(1d))")]
    [InlineData("Timestamp != ago(1d)")]
    [InlineData("x > 3")]
    public void Conditions_that_do_not_bound_every_kept_row_give_nothing(string predicate)
    {
        Assert.Null(Derive(predicate));
    }

    [Property(MaxTest = 300, Replay = "(1618,3399)")]
    public void Every_row_the_filter_keeps_lies_in_the_derived_range(int[] picks)
    {
        var p = (picks ?? []).Select(x => (int)((uint)x % 1000)).Concat(Enumerable.Range(0, 8)).ToArray();
        string predicate = Predicate(p, 0, depth: 0);
        var times = Enumerable.Range(0, 48).Select(h => Start.AddHours(h * 3)).ToArray();
        string rows = string.Join(", ", times.Select((t, i) => $"datetime({t:O}), {i}"));
        var table = Kusto.Table("T", $"datatable(Timestamp:datetime, x:long)[{rows}]");

        var range = Derive(predicate);
        if (range is null) return;
        var kept = Kusto.Run($"T | where {predicate} | project Timestamp", table).Rows().Select(r => (DateTime)r[0]!);
        foreach (var time in kept)
            Assert.True(range.Overlaps(time, time), $"a row at {time:O} passes `{predicate}` but lies outside {range}");
    }

    private static string Predicate(int[] p, int i, int depth)
    {
        int pick = p[i % p.Length];
        if (depth < 2 && pick % 4 == 0) return $"({Predicate(p, i + 1, depth + 1)} and {Predicate(p, i + 5, depth + 1)})";
        if (depth < 2 && pick % 9 == 1) return $"({Predicate(p, i + 2, depth + 1)} or {Predicate(p, i + 3, depth + 1)})";
        if (depth < 2 && pick % 11 == 2) return $"not({Predicate(p, i + 4, depth + 1)})";
        var at = Start.AddHours(p[(i + 1) % p.Length] % 150);
        if (pick % 5 == 3) return $"Timestamp between (datetime({at:O}) .. datetime({at.AddHours(pick % 40):O}))";
        if (pick % 7 == 4) return $"x > {pick % 48}";
        return $"Timestamp {Comparisons[pick % Comparisons.Length]} datetime({at:O})";
    }
}
