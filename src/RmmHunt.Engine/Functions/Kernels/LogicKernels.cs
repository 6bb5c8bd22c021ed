using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>
/// Three-valued logic: <c>false and null</c> is false, <c>true or null</c> is true, otherwise a null
/// operand gives null; <c>not(null)</c> is null.
/// </summary>
internal static class LogicKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("and", _ => new DelegateKernel((args, n) => Combine(args[0], args[1], n, isAnd: true)));
        add("or", _ => new DelegateKernel((args, n) => Combine(args[0], args[1], n, isAnd: false)));
        add("not", _ => new DelegateKernel((args, n) => Lift.Map<bool, bool>(args[0], KqlType.Bool, b => !b)));
    }

    private static Column Combine(Column a, Column b, int n, bool isAnd)
    {
        var left = (PrimitiveColumn<bool>)a;
        var right = (PrimitiveColumn<bool>)b;
        var result = new bool[n];
        NullMask? nulls = null;
        for (int i = 0; i < n; i++)
        {
            bool ln = left.IsNull(i), rn = right.IsNull(i);
            bool lv = left.Values[i], rv = right.Values[i];
            if (!ln && !rn) { result[i] = isAnd ? lv && rv : lv || rv; continue; }
            // The known side decides when it is false (and) or true (or).
            bool decided = isAnd ? (!ln && !lv) || (!rn && !rv) : (!ln && lv) || (!rn && rv);
            if (decided) result[i] = !isAnd;
            else (nulls ??= new NullMask(n)).Set(i);
        }
        return new PrimitiveColumn<bool>(KqlType.Bool, result, nulls);
    }
}
