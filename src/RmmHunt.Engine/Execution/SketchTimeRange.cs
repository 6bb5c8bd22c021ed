using RmmHunt.Engine.Planning;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Binding;

namespace RmmHunt.Engine.Execution;

/// <summary>
/// A scan's time range as a <see cref="ScanSketch"/> keeps it between runs: each bound either fixed (a datetime
/// literal) or at a fixed distance from <c>now()</c> (<c>now(-5d)</c>, <c>ago(1h)</c>), so that a run with another
/// now gets the range its own planning would derive. A bound that is neither (<c>startofday(now())</c>) is
/// dropped, which only widens the range: a range only lets a scan skip rows.
/// </summary>
public sealed record SketchTimeRange(string Column, SketchTimeBound? Min, SketchTimeBound? Max)
{
    /// <summary>The range at <paramref name="now"/>; null when no bound is left.</summary>
    public TimeRange? At(DateTime now) => Min is null && Max is null ? null : new TimeRange(Column, Min?.At(now), Max?.At(now));

    /// <summary>
    /// The range <paramref name="here"/> the filters directly above a scan give at <paramref name="now"/> (see
    /// <see cref="TimeRangeDerivation"/>), as it moves with now: each bound is told by the expressions its value came
    /// from (<paramref name="origins"/>, every constant the derivation folded with the value it gave), which must all
    /// be fixed or all be at a fixed distance from now. A late plan is checked against the range all the same
    /// (<see cref="ExecutionGraph.AddDeferred"/>), so a bound misjudged here fails its rule rather than skip its rows.
    /// </summary>
    internal static SketchTimeRange? From(TimeRange? here, IReadOnlyList<(BoundExpr Expression, object? Value)> origins, DateTime now)
    {
        if (here is null) return null;
        var range = new SketchTimeRange(here.Column, Bound(here.Min, origins, now), Bound(here.Max, origins, now));
        return range.Min is null && range.Max is null ? null : range;
    }

    private static SketchTimeBound? Bound(DateTime? value, IReadOnlyList<(BoundExpr Expression, object? Value)> origins, DateTime now)
    {
        if (value is not { } bound) return null;
        var clock = Clock.Unknown;
        foreach (var (expression, folded) in origins)
        {
            if (folded is not DateTime time || time != bound) continue;
            var dependence = DependenceOf(expression);
            if (clock != Clock.Unknown && dependence != clock) return null;
            clock = dependence;
        }
        return clock switch
        {
            Clock.None => new SketchTimeBound(FromNow: false, bound.Ticks),
            Clock.FixedDistance => new SketchTimeBound(FromNow: true, (bound - now).Ticks),
            _ => null,
        };
    }

    /// <summary>How a constant depends on the run's clock.</summary>
    private enum Clock { Unknown, None, FixedDistance }

    /// <summary>
    /// None for an expression without <c>now()</c> or <c>ago()</c> in it; a fixed distance for one of them shifted by
    /// constants (<c>now(-5d)</c>, <c>ago(1h)</c>, <c>now() - 2d + 1h</c>); unknown for anything else (<c>startofday(now())</c>).
    /// </summary>
    private static Clock DependenceOf(BoundExpr expression) => expression switch
    {
        BoundCall { Function.IsRunConstant: true } clock => clock.Args.All(a => DependenceOf(a) == Clock.None) ? Clock.FixedDistance : Clock.Unknown,
        BoundCall { Function.Name: "+", Args.Count: 2 } plus => Sum(DependenceOf(plus.Args[0]), DependenceOf(plus.Args[1])),
        BoundCall { Function.Name: "-", Args.Count: 2 } minus => DependenceOf(minus.Args[1]) == Clock.None ? DependenceOf(minus.Args[0]) : Clock.Unknown,
        BoundConvert convert => DependenceOf(convert.Operand),
        BoundLiteral => Clock.None,
        BoundCall call => call.Args.All(a => DependenceOf(a) == Clock.None) ? Clock.None : Clock.Unknown,
        _ => Clock.Unknown,
    };

    private static Clock Sum(Clock a, Clock b) => (a, b) switch
    {
        (Clock.None, Clock.None) => Clock.None,
        (Clock.FixedDistance, Clock.None) or (Clock.None, Clock.FixedDistance) => Clock.FixedDistance,
        _ => Clock.Unknown,
    };
}

/// <summary>A time bound: <see cref="Ticks"/> after now when <see cref="FromNow"/>, else a UTC datetime's ticks.</summary>
public sealed record SketchTimeBound(bool FromNow, long Ticks)
{
    public DateTime At(DateTime now) => FromNow ? now.AddTicks(Ticks) : new DateTime(Ticks, DateTimeKind.Utc);
}
