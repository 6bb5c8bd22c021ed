using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Planning;

/// <summary>
/// Derives from the filters directly above a table scan the time range every passing row lies in:
/// <c>Timestamp between (a .. b)</c> (bound as <c>&gt;= a and &lt;= b</c>), <c>&gt;</c>, <c>&gt;=</c>,
/// <c>&lt;</c>, <c>&lt;=</c> and <c>==</c> of a datetime column and a constant. Like
/// <see cref="NeedleDerivation"/> it only derives necessary conditions (an <c>or</c>, a <c>not</c>
/// gives nothing), and bounds are kept inclusive, so a source that skips rows outside the range can
/// never drop a row the query keeps. Sources use it to skip Parquet row groups by their statistics.
/// </summary>
public static class TimeRangeDerivation
{
    /// <summary>The columns whose range is preferred when the filters bound several: the event time first.</summary>
    private static readonly string[] Preferred = ["Timestamp", "TimeGenerated"];

    /// <param name="constant">The value of a constant expression (e.g. <c>now(-5d)</c>, folded once per run), or null.</param>
    public static TimeRange? Derive(IEnumerable<BoundExpr> predicates, Func<BoundExpr, object?> constant)
    {
        var ranges = new Dictionary<string, TimeRange>(StringComparer.Ordinal);
        foreach (var bound in predicates.SelectMany(p => BoundsOf(p, constant)))
            ranges[bound.Column] = ranges.TryGetValue(bound.Column, out var known) ? Intersect(known, bound) : bound;
        if (ranges.Count == 0) return null;
        foreach (string column in Preferred)
        {
            if (ranges.TryGetValue(column, out var range)) return range;
        }
        return ranges.OrderBy(r => r.Key, StringComparer.Ordinal).First().Value;
    }

    private static IEnumerable<TimeRange> BoundsOf(BoundExpr predicate, Func<BoundExpr, object?> constant)
    {
        if (predicate is not BoundCall call) yield break;
        if (call.Function.Name == "and")
        {
            foreach (var arg in call.Args)
            {
                foreach (var bound in BoundsOf(arg, constant)) yield return bound;
            }
            yield break;
        }
        if (call.Args.Count != 2) yield break;
        string op = call.Function.Name;
        // Column on the right: mirror the comparison (a < Timestamp is Timestamp > a).
        if (call.Args[1] is BoundColumn && call.Args[0] is not BoundColumn) op = Mirror(op);
        var (column, other) = call.Args[0] is BoundColumn c ? (c, call.Args[1]) : (call.Args[1] as BoundColumn, call.Args[0]);
        if (column is not { Type: KqlType.DateTime } || other.Type != KqlType.DateTime || !IsFoldable(other)) yield break;
        if (constant(other) is not DateTime value) yield break;
        switch (op)
        {
            case ">" or ">=": yield return new TimeRange(column.Name, value, null); break;
            case "<" or "<=": yield return new TimeRange(column.Name, null, value); break;
            case "==": yield return new TimeRange(column.Name, value, value); break;
        }
    }

    private static string Mirror(string op) => op switch
    {
        ">" => "<",
        ">=" => "<=",
        "<" => ">",
        "<=" => ">=",
        _ => op,
    };

    /// <summary>Only literals and calls on them are evaluated: a subquery (<c>toscalar</c>) must not run twice.</summary>
    private static bool IsFoldable(BoundExpr expr) => expr switch
    {
        BoundLiteral => true,
        BoundConvert convert => IsFoldable(convert.Operand),
        BoundCall call => call.Function.Kind != FunctionKind.Aggregate && !call.Function.IsVolatile && call.Args.All(IsFoldable),
        _ => false,
    };

    private static TimeRange Intersect(TimeRange a, TimeRange b)
    {
        DateTime? min = a.Min is null ? b.Min : b.Min is null ? a.Min : a.Min > b.Min ? a.Min : b.Min;
        DateTime? max = a.Max is null ? b.Max : b.Max is null ? a.Max : a.Max < b.Max ? a.Max : b.Max;
        return new TimeRange(a.Column, min, max);
    }
}
