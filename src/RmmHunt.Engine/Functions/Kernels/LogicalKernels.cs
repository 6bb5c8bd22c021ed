using RmmHunt.Engine.Aggregates;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>case, max_of/min_of, gettype, pack_all, and the NaN/infinity tests.</summary>
internal static class LogicalKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("case", r => new DelegateKernel((args, n) => Case(args, n, r.ResultType)));
        add("assert", Assert);
        add("max_of", r => Kernel.Rows(r.ResultType, a => Extreme(a, max: true), nullInNullOut: false));
        add("min_of", r => Kernel.Rows(r.ResultType, a => Extreme(a, max: false), nullInNullOut: false));
        add("gettype", r => Kernel.Rows(KqlType.String, a => TypeName(r.ArgTypes[0], a[0]), nullInNullOut: false));
        add("isnan", _ => new DelegateKernel((args, n) => Lift.Map<double, bool>(args[0], KqlType.Bool, double.IsNaN)));
        add("isinf", _ => new DelegateKernel((args, n) => Lift.Map<double, bool>(args[0], KqlType.Bool, double.IsInfinity)));
        add("isfinite", _ => new DelegateKernel((args, n) => Lift.Map<double, bool>(args[0], KqlType.Bool, double.IsFinite)));
        add("pack_all", _ => Kernel.Rows(KqlType.Dynamic, PackAll, nullInNullOut: false));
    }

    /// <summary>
    /// assert(condition, message): true, or the query fails with "assert() has failed with message: '...'"
    /// when the constant condition is false [doc assert-function]; a null condition fails too (decided).
    /// </summary>
    private static ScalarKernel Assert(KernelRequest request)
    {
        string message = Kernel.TryConstant(request, 1, out string m) ? m : "";
        if (!Kernel.TryConstant(request, 0, out bool holds) || !holds)
            throw new Execution.QueryException($"assert() has failed with message: '{message}'");
        return new DelegateKernel((args, n) => Column.Constant(KqlType.Bool, true, n));
    }

    /// <summary>case(): the value after the first true predicate (null counts as false), else the last argument.</summary>
    private static Column Case(Column[] args, int n, KqlType type)
    {
        var builder = ColumnBuilder.Create(type, n);
        for (int i = 0; i < n; i++)
        {
            int chosen = args.Length - 1;
            for (int p = 0; p + 1 < args.Length; p += 2)
            {
                var predicate = (PrimitiveColumn<bool>)args[p];
                if (!predicate.IsNull(i) && predicate.Values[i]) { chosen = p + 1; break; }
            }
            builder.AddFrom(args[chosen], i);
        }
        return builder.Build();
    }

    /// <summary>
    /// max_of/min_of: non-null values take precedence over nulls; null only when every argument is null
    /// [doc max-of-function]. An empty string counts as a missing string [doc silent: decided here].
    /// </summary>
    private static object? Extreme(object?[] values, bool max)
    {
        object? best = null;
        foreach (var value in values)
        {
            if (value is null || value is string { Length: 0 } || value is double d && double.IsNaN(d)) continue;
            if (best is null || ValueOrder.Compare(value, best) * (max ? 1 : -1) > 0) best = value;
        }
        return best ?? values.FirstOrDefault(v => v is string);
    }

    /// <summary>
    /// gettype(): the static type's name, or for a dynamic value its runtime type: "int" for a JSON integer
    /// that fits 32 bits, "long", "real", "string", "array", "dictionary", "null"... [doc gettype-function].
    /// </summary>
    private static string TypeName(KqlType type, object? value)
    {
        if (type != KqlType.Dynamic) return type.Name();
        return value switch
        {
            null => "null",
            long l => l is >= int.MinValue and <= int.MaxValue ? "int" : "long",
            double => "real",
            string => "string",
            bool => "bool",
            DateTime => "datetime",
            TimeSpan => "timespan",
            Guid => "guid",
            decimal => "decimal",
            DynArray => "array",
            DynBag => "dictionary",
            _ => "dynamic",
        };
    }

    /// <summary>pack_all(ignore_null_empty) as bound: the flag, then each column's name and value.</summary>
    private static object? PackAll(object?[] a)
    {
        bool skipEmpty = a[0] is true;
        var entries = new List<KeyValuePair<string, object?>>();
        for (int i = 1; i + 1 < a.Length; i += 2)
        {
            var value = Dynamic.FromScalar(a[i + 1]);
            if (skipEmpty && Dynamic.IsEmpty(value)) continue;
            entries.Add(new((string)a[i]!, value));
        }
        return new DynBag(entries);
    }
}
