using RmmHunt.Engine.Expressions;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Execution;

/// <summary>The rows of <c>range</c>, generated in batches.</summary>
internal static class RangeBatches
{
    /// <summary>More rows than this is almost certainly a mistake (a step of 1s over a year); it is refused.</summary>
    public const long MaxRows = 10_000_000;

    private const int BatchSize = 4096;

    public static Func<IEnumerable<Batch>> Create(BoundRange range, ExpressionCompiler compiler)
    {
        object? Constant(BoundExpr expr, string what) =>
            compiler.Compile(expr) is ConstantEvaluator c ? c.Value : throw new QueryException($"the {what} of range must be a constant");
        var type = range.Schema.Columns[0].Type;
        object? from = Constant(range.From, "start"), to = Constant(range.To, "end"), step = Constant(range.Step, "step");
        if (from is null || to is null || step is null) return () => [];
        return type switch
        {
            KqlType.Real => () => Numbers((double)from, (double)to, (double)step, KqlType.Real),
            KqlType.DateTime => () => Numbers(((DateTime)from).Ticks, ((DateTime)to).Ticks, ((TimeSpan)step).Ticks, KqlType.DateTime),
            KqlType.TimeSpan => () => Numbers(((TimeSpan)from).Ticks, ((TimeSpan)to).Ticks, ((TimeSpan)step).Ticks, KqlType.TimeSpan),
            _ => () => Numbers((long)from, (long)to, (long)step, KqlType.Long),
        };
    }

    private static IEnumerable<Batch> Numbers<T>(T from, T to, T step, KqlType type) where T : unmanaged, System.Numerics.INumber<T>
    {
        if (step == T.Zero) throw new QueryException("the step of range cannot be zero");
        bool up = step > T.Zero;
        double count = Math.Floor(double.CreateChecked(to - from) / double.CreateChecked(step)) + 1;
        if (count > MaxRows) throw new QueryException($"range would produce {count:N0} rows, more than the limit of {MaxRows:N0}");
        var values = new List<T>(BatchSize);
        for (T value = from; up ? value <= to : value >= to; value += step)
        {
            values.Add(value);
            if (values.Count == BatchSize)
            {
                yield return new Batch([new PrimitiveColumn<T>(type, values.ToArray())], values.Count);
                values.Clear();
            }
        }
        if (values.Count > 0) yield return new Batch([new PrimitiveColumn<T>(type, values.ToArray())], values.Count);
    }
}
