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

    /// <summary>The range the filters directly above a scan give (see <see cref="TimeRangeDerivation"/>), as it moves with now.</summary>
    internal static SketchTimeRange? Derive(IReadOnlyList<BoundExpr> predicates, DateTime now)
    {
        var here = DeriveAt(predicates, now);
        if (here is null) return null;
        var later = DeriveAt(predicates, now + Shift);
        var earlier = DeriveAt(predicates, now - Shift);
        if (later is null || earlier is null || later.Column != here.Column || earlier.Column != here.Column) return null;
        var range = new SketchTimeRange(here.Column, Bound(here.Min, later.Min, earlier.Min, now), Bound(here.Max, later.Max, earlier.Max, now));
        return range.Min is null && range.Max is null ? null : range;
    }

    private static TimeRange? DeriveAt(IReadOnlyList<BoundExpr> predicates, DateTime now)
    {
        var compiler = new ExpressionCompiler(new RunContext(now), _ => throw new InvalidOperationException("a time bound runs no subquery"));
        return TimeRangeDerivation.Derive(predicates, e => compiler.Compile(e) is ConstantEvaluator c ? c.Value : null);
    }

    private static SketchTimeBound? Bound(DateTime? here, DateTime? later, DateTime? earlier, DateTime now)
    {
        if (here is not { } value || later is not { } moved || earlier is not { } back) return null;
        if (moved == value && back == value) return new SketchTimeBound(FromNow: false, value.Ticks);
        if (moved - value == Shift && value - back == Shift) return new SketchTimeBound(FromNow: true, (value - now).Ticks);
        return null;
    }
}

/// <summary>A time bound: <see cref="Ticks"/> after now when <see cref="FromNow"/>, else a UTC datetime's ticks.</summary>
public sealed record SketchTimeBound(bool FromNow, long Ticks)
{
    public DateTime At(DateTime now) => FromNow ? now.AddTicks(Ticks) : new DateTime(Ticks, DateTimeKind.Utc);
}
