using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>
/// row_number, prev, next and row_cumsum. The planner gives operators that use them all rows in one
/// batch (see WholeInputOperator), so a kernel sees the whole serialized input.
/// </summary>
internal static class WindowKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("row_number", _ => new DelegateKernel(RowNumber));
        add("prev", r => new DelegateKernel((args, n) => Shift(args, n, -1, r.ResultType)));
        add("next", r => new DelegateKernel((args, n) => Shift(args, n, +1, r.ResultType)));
        add("row_cumsum", r => new DelegateKernel((args, n) => CumulativeSum(args, n, r.ResultType)));
    }

    /// <summary>row_number([start[, restart]]): start (1 by default), +1 per row, back to start where restart is true.</summary>
    private static Column RowNumber(Column[] args, int n)
    {
        var start = args.Length > 0 ? (PrimitiveColumn<long>)args[0] : null;
        var restart = args.Length > 1 ? (PrimitiveColumn<bool>)args[1] : null;
        var result = new long[n];
        long next = 0;
        for (int i = 0; i < n; i++)
        {
            long first = start is null || start.IsNull(i) ? 1 : start.Values[i];
            bool reset = i == 0 || (restart is not null && !restart.IsNull(i) && restart.Values[i]);
            result[i] = next = reset ? first : next + 1;
        }
        return new PrimitiveColumn<long>(KqlType.Long, result);
    }

    /// <summary>prev/next(column[, offset[, default]]): the value offset rows before/after, or the default (null).</summary>
    private static Column Shift(Column[] args, int n, int direction, KqlType type)
    {
        var builder = ColumnBuilder.Create(type, n);
        for (int i = 0; i < n; i++)
        {
            long offset = args.Length > 1 && !args[1].IsNull(i) ? ((PrimitiveColumn<long>)args[1]).Values[i] : 1;
            long from = i + direction * offset;
            if (from >= 0 && from < n) builder.AddFrom(args[0], (int)from);
            else if (args.Length > 2) builder.AddFrom(args[2], i);
            else builder.AddNull();
        }
        return builder.Build();
    }

    /// <summary>row_cumsum(x[, restart]): the running sum, restarting where restart is true; nulls add nothing.</summary>
    private static Column CumulativeSum(Column[] args, int n, KqlType type)
    {
        var restart = args.Length > 1 ? (PrimitiveColumn<bool>)args[1] : null;
        var builder = ColumnBuilder.Create(type, n);
        decimal exact = 0;
        double real = 0;
        for (int i = 0; i < n; i++)
        {
            if (restart is not null && !restart.IsNull(i) && restart.Values[i]) { exact = 0; real = 0; }
            var value = args[0].GetValue(i);
            switch (value)
            {
                case double d: real += d; break;
                case long l: exact += l; break;
                case decimal m: exact += m; break;
                case TimeSpan t: exact += t.Ticks; break;
            }
            builder.Add(type switch
            {
                KqlType.Real => real,
                KqlType.Decimal => exact,
                KqlType.TimeSpan => new TimeSpan((long)exact),
                _ => (object)(long)exact,
            });
        }
        return builder.Build();
    }
}
