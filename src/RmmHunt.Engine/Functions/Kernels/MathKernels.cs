using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

internal static class MathKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("bin", Bin);
        add("floor", Bin);
        add("abs", r => r.ArgTypes[0] switch
        {
            KqlType.Int => new DelegateKernel((args, n) => Lift.Map<int, int>(args[0], KqlType.Int, Math.Abs)),
            KqlType.Real => new DelegateKernel((args, n) => Lift.Map<double, double>(args[0], KqlType.Real, Math.Abs)),
            KqlType.Decimal => new DelegateKernel((args, n) => Lift.Map<decimal, decimal>(args[0], KqlType.Decimal, Math.Abs)),
            _ => new DelegateKernel((args, n) => Lift.Map<long, long>(args[0], r.ResultType, x => x == long.MinValue ? x : Math.Abs(x))),
        });
    }

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

    private static long FloorDiv(long value, long size)
    {
        long quotient = value / size;
        return value % size < 0 ? quotient - 1 : quotient;
    }
}
