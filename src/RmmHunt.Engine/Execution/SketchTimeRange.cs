using RmmHunt.Engine.Expressions;
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
    // Now moved by an amount no calendar function keeps (not whole days, hours, seconds...): a bound at a fixed
    // distance from now moves by exactly as much, a fixed one not at all, one aligned to a day or month otherwise.
    private static readonly TimeSpan Shift = new TimeSpan(1, 1, 1, 1, 1) + TimeSpan.FromTicks(7);

    /// <summary>The range at <paramref name="now"/>; null when no bound is left.</summary>
    public TimeRange? At(DateTime now) => Min is null && Max is null ? null : new TimeRange(Column, Min?.At(now), Max?.At(now));

    /// <summary>
    /// The range <paramref name="here"/> the filters directly above a scan give at now (see <see cref="TimeRangeDerivation"/>),
    /// as it moves with now: derived again with a clock moved by an odd amount (<paramref name="moved"/> compiles
    /// constants at now + <see cref="Shift"/>). A late plan is checked against the range all the same
    /// (<see cref="ExecutionGraph.AddDeferred"/>), so a bound this misjudges fails its rule rather than skip its rows.
    /// </summary>
    internal static SketchTimeRange? Derive(IReadOnlyList<BoundExpr> predicates, TimeRange? here, ExpressionCompiler moved)
    {
        if (here is null) return null;
        var later = TimeRangeDerivation.Derive(predicates, e => moved.Compile(e) is ConstantEvaluator c ? c.Value : null);
        if (later is null || later.Column != here.Column) return null;
        var now = moved.Context.Now - Shift;
        var range = new SketchTimeRange(here.Column, Bound(here.Min, later.Min, now), Bound(here.Max, later.Max, now));
        return range.Min is null && range.Max is null ? null : range;
    }

    /// <summary>A compiler of constants at now moved by <see cref="Shift"/>, for <see cref="Derive"/>; null at the end of time.</summary>
    internal static ExpressionCompiler? MovedClock(DateTime now) => now > DateTime.MaxValue - Shift ? null
        : new(new RunContext(now + Shift), _ => throw new InvalidOperationException("a time bound runs no subquery"));

    private static SketchTimeBound? Bound(DateTime? here, DateTime? later, DateTime now)
    {
        if (here is not { } value || later is not { } moved) return null;
        if (moved == value) return new SketchTimeBound(FromNow: false, value.Ticks);
        if (moved - value == Shift) return new SketchTimeBound(FromNow: true, (value - now).Ticks);
        return null;
    }
}

/// <summary>A time bound: <see cref="Ticks"/> after now when <see cref="FromNow"/>, else a UTC datetime's ticks.</summary>
public sealed record SketchTimeBound(bool FromNow, long Ticks)
{
    public DateTime At(DateTime now) => FromNow ? now.AddTicks(Ticks) : new DateTime(Ticks, DateTimeKind.Utc);
}
