using System.Numerics;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>bin/floor/bin_at, abs, round, ceiling, powers and logarithms, trigonometry and bitwise functions.</summary>
internal static class MathKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("bin", Bin);
        add("floor", Bin);
        add("bin_at", BinAt);
        add("abs", r => r.ArgTypes[0] switch
        {
            KqlType.Int => Unary<int>(KqlType.Int, x => x == int.MinValue ? x : Math.Abs(x)),
            KqlType.Real => Unary<double>(KqlType.Real, Math.Abs),
            KqlType.Decimal => Unary<decimal>(KqlType.Decimal, Math.Abs),
            _ => Unary<long>(r.ResultType, x => x == long.MinValue ? x : Math.Abs(x)),
        });
        add("round", Round);
        add("ceiling", r => r.ArgTypes[0] switch
        {
            KqlType.Real => Unary<double>(KqlType.Real, Math.Ceiling),
            KqlType.Decimal => Unary<decimal>(KqlType.Decimal, decimal.Ceiling),
            KqlType.Int => Unary<int>(KqlType.Int, x => x),
            _ => Unary<long>(KqlType.Long, x => x),
        });
        // log(), log2(), log10() and sqrt() of a negative number are null [doc log-function].
        add("sqrt", _ => NonNegative(Math.Sqrt));
        add("log", _ => NonNegative(Math.Log));
        add("log2", _ => NonNegative(Math.Log2));
        add("log10", _ => NonNegative(Math.Log10));
        add("exp", _ => Unary<double>(KqlType.Real, Math.Exp));
        add("exp2", _ => Unary<double>(KqlType.Real, x => Math.Pow(2, x)));
        add("exp10", _ => Unary<double>(KqlType.Real, x => Math.Pow(10, x)));
        add("cos", _ => Unary<double>(KqlType.Real, Math.Cos));
        add("sin", _ => Unary<double>(KqlType.Real, Math.Sin));
        add("tan", _ => Unary<double>(KqlType.Real, Math.Tan));
        add("acos", _ => Unary<double>(KqlType.Real, Math.Acos));
        add("asin", _ => Unary<double>(KqlType.Real, Math.Asin));
        add("atan", _ => Unary<double>(KqlType.Real, Math.Atan));
        add("cot", _ => Unary<double>(KqlType.Real, x => 1 / Math.Tan(x)));
        add("degrees", _ => Unary<double>(KqlType.Real, x => x * 180 / Math.PI));
        add("radians", _ => Unary<double>(KqlType.Real, x => x * Math.PI / 180));
        add("sign", _ => Unary<double>(KqlType.Real, x => double.IsNaN(x) ? x : Math.Sign(x)));
        add("pi", _ => new DelegateKernel((args, n) => Vectors.Column.Constant(KqlType.Real, Math.PI, n)));
        add("pow", _ => Binary<double, double>(KqlType.Real, Math.Pow));
        add("atan2", _ => Binary<double, double>(KqlType.Real, Math.Atan2));
        add("binary_and", _ => Binary<long, long>(KqlType.Long, (a, b) => a & b));
        add("binary_or", _ => Binary<long, long>(KqlType.Long, (a, b) => a | b));
        add("binary_xor", _ => Binary<long, long>(KqlType.Long, (a, b) => a ^ b));
        // Shifts by 64 or more give 0 rather than C#'s shift count modulo 64 [doc silent: decided here].
        add("binary_shift_left", _ => Binary<long, long>(KqlType.Long, (a, b) => b is >= 0 and < 64 ? a << (int)b : 0));
        add("binary_shift_right", _ => Binary<long, long>(KqlType.Long, (a, b) => b is >= 0 and < 64 ? (long)((ulong)a >> (int)b) : 0));
        add("binary_not", _ => Unary<long>(KqlType.Long, x => ~x));
        add("bitset_count_ones", _ => Unary<long>(KqlType.Long, x => BitOperations.PopCount((ulong)x)));
    }

    private static ScalarKernel Unary<T>(KqlType type, Func<T, T> f) where T : unmanaged =>
        new DelegateKernel((args, n) => Lift.Map(args[0], type, f));

    private static ScalarKernel Binary<T, TR>(KqlType type, Func<T, T, TR> f) where T : unmanaged where TR : unmanaged =>
        new DelegateKernel((args, n) => Lift.Map2(args[0], args[1], type, f));

    private static ScalarKernel NonNegative(Func<double, double> f) =>
        new DelegateKernel((args, n) => Lift.MapNullable<double, double>(args[0], KqlType.Real, x => x < 0 ? null : f(x)));

    /// <summary>
    /// bin(value, size): rounds down to a multiple of size (datetimes from 0001-01-01, so bin(t, 1d) is
    /// midnight UTC and bin(t, 7d) a Monday). A size that is null, zero or negative gives null.
    /// </summary>
    private static ScalarKernel Bin(KernelRequest request) => request.ArgTypes[0] switch
    {
        KqlType.Real => new DelegateKernel((args, n) => Lift.Map2Nullable<double, double, double>(args[0], args[1], KqlType.Real,
            (v, size) => size > 0 ? Math.Floor(v / size) * size : null)),
        KqlType.Decimal => new DelegateKernel((args, n) => Lift.Map2Nullable<decimal, decimal, decimal>(args[0], args[1], KqlType.Decimal,
            (v, size) => size > 0 ? decimal.Floor(v / size) * size : null)),
        _ => new DelegateKernel((args, n) => Lift.Map2Nullable<long, long, long>(args[0], args[1], request.ResultType,
            (v, size) => size > 0 ? FloorDiv(v, size) * size : null)),
    };

    /// <summary>bin_at(value, size, fixed): bin(value - fixed, size) + fixed, so that fixed starts a bin [doc bin-at-function].</summary>
    private static ScalarKernel BinAt(KernelRequest request) => request.ArgTypes[0] switch
    {
        KqlType.Real => Kernel.Rows(KqlType.Real, a => (double)a[1]! > 0
            ? Math.Floor(((double)a[0]! - (double)a[2]!) / (double)a[1]!) * (double)a[1]! + (double)a[2]! : null),
        KqlType.DateTime => Kernel.Rows(KqlType.DateTime, a => BinAtTicks(((DateTime)a[0]!).Ticks, ((TimeSpan)a[1]!).Ticks, ((DateTime)a[2]!).Ticks) is { } t
            ? DateTimeKernels.ValidTicks(t) is { } v ? new DateTime(v, DateTimeKind.Utc) : null : null),
        KqlType.TimeSpan => Kernel.Rows(KqlType.TimeSpan, a => BinAtTicks(((TimeSpan)a[0]!).Ticks, ((TimeSpan)a[1]!).Ticks, ((TimeSpan)a[2]!).Ticks) is { } t ? new TimeSpan(t) : null),
        _ => Kernel.Rows(KqlType.Long, a => BinAtTicks((long)a[0]!, (long)a[1]!, (long)a[2]!)),
    };

    private static long? BinAtTicks(long value, long size, long fixedPoint) => size > 0 ? FloorDiv(value - fixedPoint, size) * size + fixedPoint : null;

    /// <summary>
    /// round(x[, precision]): to the nearest multiple of 10^-precision, halves away from zero; a negative
    /// precision rounds left of the point: round(-50.55, -2) is -100, round(21.5, -1) is 20 [doc round-function].
    /// </summary>
    private static ScalarKernel Round(KernelRequest request)
    {
        var precisionOf = (Vectors.Column[] args, int n) => args.Length > 1 ? args[1] : Vectors.Column.Constant(KqlType.Long, 0L, n);
        return request.ArgTypes[0] switch
        {
            KqlType.Real => new DelegateKernel((args, n) => Lift.Map2<double, long, double>(args[0], precisionOf(args, n), KqlType.Real, RoundReal)),
            KqlType.Decimal => new DelegateKernel((args, n) => Lift.Map2<decimal, long, decimal>(args[0], precisionOf(args, n), KqlType.Decimal,
                (x, p) => p >= 0 ? decimal.Round(x, (int)Math.Min(p, 28), MidpointRounding.AwayFromZero) : (decimal)RoundReal((double)x, p))),
            KqlType.Int => new DelegateKernel((args, n) => Lift.Map2<int, long, int>(args[0], precisionOf(args, n), KqlType.Int, (x, p) => (int)RoundWhole(x, p))),
            _ => new DelegateKernel((args, n) => Lift.Map2<long, long, long>(args[0], precisionOf(args, n), KqlType.Long, RoundWhole)),
        };
    }

    private static double RoundReal(double x, long precision)
    {
        if (precision >= 0) return Math.Round(x, (int)Math.Min(precision, 15), MidpointRounding.AwayFromZero);
        double scale = Math.Pow(10, -precision);
        return Math.Round(x / scale, MidpointRounding.AwayFromZero) * scale;
    }

    private static long RoundWhole(long x, long precision)
    {
        if (precision >= 0) return x;
        if (precision < -18) return 0;
        long scale = (long)Math.Pow(10, -precision);
        long quotient = Math.DivRem(x, scale, out long remainder);
        if (Math.Abs(remainder) * 2 >= scale) quotient += Math.Sign(x);
        return quotient * scale;
    }

    private static long FloorDiv(long value, long size)
    {
        long quotient = value / size;
        return value % size < 0 ? quotient - 1 : quotient;
    }
}
