using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>
    /// <c>range</c> over numbers (long, or real when any bound is real), datetimes or timespans
    /// (stepped by a timespan). Bounds are evaluated once, before the query runs.
    /// </summary>
    private BoundTable? BindRange(RangeExpr range)
    {
        var from = BindScalar(range.From, null);
        var to = BindScalar(range.To, null);
        var step = BindScalar(range.Step, null);
        if (from.Type == KqlType.Unknown || to.Type == KqlType.Unknown || step.Type == KqlType.Unknown) return null;
        KqlType type;
        if (from.Type.IsNumeric() && to.Type.IsNumeric() && step.Type.IsNumeric())
            type = from.Type == KqlType.Real || to.Type == KqlType.Real || step.Type == KqlType.Real ? KqlType.Real : KqlType.Long;
        else if (from.Type is KqlType.DateTime or KqlType.TimeSpan && to.Type == from.Type && step.Type == KqlType.TimeSpan)
            type = from.Type;
        else
        {
            Error(range.Span, $"range needs numbers, or datetimes/timespans with a timespan step, not {from.Type.Name()}, {to.Type.Name()} and {step.Type.Name()}", DiagnosticCodes.TypeMismatch);
            return null;
        }
        var stepType = type == KqlType.DateTime ? KqlType.TimeSpan : type;
        return new BoundRange(Convert(from, type), Convert(to, type), Convert(step, stepType), new TableSchema("", [new ColumnSymbol(range.Column, type)]));
    }
}
