using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

internal static class DateTimeKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        // now() and ago() read the run's pinned clock, so every use in a run sees the same instant.
        add("now", r => new DelegateKernel((args, n) => args.Length == 0
            ? Column.Constant(KqlType.DateTime, r.Context.Now, n)
            : Lift.Map<long, long>(args[0], KqlType.DateTime, offset => r.Context.Now.Ticks + offset)));
        add("ago", r => new DelegateKernel((args, n) => Lift.Map<long, long>(args[0], KqlType.DateTime, span => r.Context.Now.Ticks - span)));
        add("startofday", _ => new DelegateKernel((args, n) => DayBoundary(args, n, end: false)));
        add("endofday", _ => new DelegateKernel((args, n) => DayBoundary(args, n, end: true)));
    }

    private static Column DayBoundary(Column[] args, int n, bool end)
    {
        var days = args.Length > 1 ? args[1] : Column.Constant(KqlType.Long, 0L, n);
        return Lift.Map2Nullable<long, long, long>(args[0], days, KqlType.DateTime, (ticks, offset) =>
        {
            long start = ticks - ticks % TimeSpan.TicksPerDay + offset * TimeSpan.TicksPerDay;
            long result = end ? start + TimeSpan.TicksPerDay - 1 : start;
            return result >= 0 && result <= DateTime.MaxValue.Ticks ? result : null;
        });
    }
}
