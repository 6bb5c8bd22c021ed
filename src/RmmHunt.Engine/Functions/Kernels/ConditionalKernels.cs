using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>iff/iif (a null condition takes the else branch) and coalesce (first non-null, non-empty string).</summary>
internal static class ConditionalKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("iff", r => new DelegateKernel((args, n) => Iff(args, n, r.ResultType)));
        add("iif", r => new DelegateKernel((args, n) => Iff(args, n, r.ResultType)));
        add("coalesce", r => new DelegateKernel((args, n) => Coalesce(args, n, r.ResultType)));
    }

    private static Column Iff(Column[] args, int n, KqlType type)
    {
        var condition = (PrimitiveColumn<bool>)args[0];
        var builder = ColumnBuilder.Create(type, n);
        for (int i = 0; i < n; i++)
        {
            bool takeThen = !condition.IsNull(i) && condition.Values[i];
            builder.AddFrom(takeThen ? args[1] : args[2], i);
        }
        return builder.Build();
    }

    private static Column Coalesce(Column[] args, int n, KqlType type)
    {
        var builder = ColumnBuilder.Create(type, n);
        for (int i = 0; i < n; i++)
        {
            var chosen = args[^1];
            foreach (var arg in args)
            {
                bool missing = arg is StringColumn s ? s[i].Length == 0 : arg.IsNull(i);
                if (!missing) { chosen = arg; break; }
            }
            builder.AddFrom(chosen, i);
        }
        return builder.Build();
    }
}
