using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>
/// <c>+ - * / %</c> and unary minus on numbers, datetimes and timespans (as ticks). Integer division
/// truncates (<c>5 / 2 == 2</c>) and an integer division by zero is null; a datetime outside the
/// representable range is null. The modulo is never negative: <c>0 &lt;= N % D &lt; abs(D)</c>, so
/// <c>-14 % 12 == 10</c> [doc numerical-operators, "Comment regarding the modulo operator"].
/// </summary>
internal static class ArithmeticKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        foreach (var op in new[] { '+', '-', '*', '/', '%' }) add(op.ToString(), r => Create(op, r));
        add("negate", r => r.ArgTypes[0] switch
        {
            KqlType.Int => Unary<int>(r.ResultType, x => -x),
            KqlType.Real => Unary<double>(r.ResultType, x => -x),
            KqlType.Decimal => Unary<decimal>(r.ResultType, x => -x),
            _ => Unary<long>(r.ResultType, x => -x),
        });
    }

    private static ScalarKernel Unary<T>(KqlType type, Func<T, T> f) where T : unmanaged =>
        new DelegateKernel((args, n) => Lift.Map(args[0], type, f));

    private static ScalarKernel Binary<T1, T2, TR>(KqlType type, Func<T1, T2, TR?> f)
        where T1 : unmanaged where T2 : unmanaged where TR : unmanaged =>
        new DelegateKernel((args, n) => Lift.Map2Nullable(args[0], args[1], type, f));

    private static ScalarKernel Create(char op, KernelRequest request)
    {
        var type = request.ResultType;
        return (request.ArgTypes[0], request.ArgTypes[1]) switch
        {
            (KqlType.Int, KqlType.Int) => Binary<int, int, int>(type, (a, b) => op switch
            {
                '+' => unchecked(a + b), '-' => unchecked(a - b), '*' => unchecked(a * b),
                '/' => b == 0 ? null : (a == int.MinValue && b == -1 ? a : a / b),
                _ => b == 0 ? null : (int)Modulo(a, b),
            }),
            (KqlType.Long, KqlType.Long) => Binary<long, long, long>(type, (a, b) => op switch
            {
                '+' => unchecked(a + b), '-' => unchecked(a - b), '*' => unchecked(a * b),
                '/' => b == 0 ? null : (a == long.MinValue && b == -1 ? a : a / b),
                _ => b == 0 ? null : Modulo(a, b),
            }),
            (KqlType.Real, KqlType.Real) => Binary<double, double, double>(type, (a, b) => op switch
            {
                '+' => a + b, '-' => a - b, '*' => a * b, '/' => a / b, _ => Modulo(a, b),
            }),
            (KqlType.Decimal, KqlType.Decimal) => Binary<decimal, decimal, decimal>(type, (a, b) => op switch
            {
                '+' => a + b, '-' => a - b, '*' => a * b, '/' => b == 0 ? null : a / b, _ => b == 0 ? null : Modulo(a, b),
            }),
            (KqlType.TimeSpan, KqlType.TimeSpan) when op == '/' =>
                Binary<long, long, double>(type, (a, b) => (double)a / b),
            (KqlType.TimeSpan, KqlType.TimeSpan) => Binary<long, long, long>(type, (a, b) => op switch
            {
                '+' => unchecked(a + b), '-' => unchecked(a - b), _ => b == 0 ? null : Modulo(a, b),
            }),
            (KqlType.DateTime, KqlType.TimeSpan) => Binary<long, long, long>(type, (a, b) => ValidTicks(op == '+' ? a + b : a - b)),
            (KqlType.TimeSpan, KqlType.DateTime) => Binary<long, long, long>(type, (a, b) => ValidTicks(a + b)),
            (KqlType.DateTime, KqlType.DateTime) => Binary<long, long, long>(type, (a, b) => a - b),
            (KqlType.TimeSpan, KqlType.Real) => Binary<long, double, long>(type, (a, b) => TicksOf(op == '*' ? a * b : a / b)),
            (KqlType.Real, KqlType.TimeSpan) => Binary<double, long, long>(type, (a, b) => TicksOf(a * b)),
            var (l, r) => throw new NotSupportedException($"no arithmetic '{op}' for {l} and {r}"),
        };
    }

    /// <summary>The remainder moved into [0, |b|); b == -1 and b == long.MinValue cannot overflow here.</summary>
    private static long Modulo(long a, long b)
    {
        if (b == -1) return 0;
        long r = a % b;
        return r >= 0 ? r : unchecked(r - (b < 0 ? b : -b));
    }

    private static double Modulo(double a, double b)
    {
        double r = a % b;
        return r >= 0 || double.IsNaN(r) ? r : r + Math.Abs(b);
    }

    private static decimal Modulo(decimal a, decimal b)
    {
        decimal r = a % b;
        return r >= 0 ? r : r + Math.Abs(b);
    }

    private static long? ValidTicks(long ticks) =>
        ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks ? ticks : null;

    private static long? TicksOf(double ticks) =>
        double.IsFinite(ticks) && Math.Abs(ticks) < long.MaxValue ? (long)Math.Round(ticks) : null;
}
