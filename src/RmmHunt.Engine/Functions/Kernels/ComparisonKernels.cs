using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>
/// <c>== != &lt; &lt;= &gt; &gt;=</c>. Both sides have the same type (the binder converted them).
/// Nulls: <c>==</c> of null and a value is false and <c>!=</c> true; null against null, and any
/// ordering with a null, is null.
/// </summary>
internal static class ComparisonKernels
{
    private enum Op { Eq, Ne, Lt, Le, Gt, Ge }

    public static void Register(Action<string, KernelFactory> add)
    {
        add("==", r => Create(Op.Eq, r));
        add("!=", r => Create(Op.Ne, r));
        add("<", r => Create(Op.Lt, r));
        add("<=", r => Create(Op.Le, r));
        add(">", r => Create(Op.Gt, r));
        add(">=", r => Create(Op.Ge, r));
    }

    private static ScalarKernel Create(Op op, KernelRequest request) => request.ArgTypes[0] switch
    {
        KqlType.Int => new Typed<int>(op),
        KqlType.Long or KqlType.DateTime or KqlType.TimeSpan => new Typed<long>(op),
        KqlType.Real => new Typed<double>(op),
        KqlType.Decimal => new Typed<decimal>(op),
        KqlType.Bool => new Typed<bool>(op),
        KqlType.Guid => new Typed<Guid>(op),
        KqlType.String => StringKernel(op, request),
        KqlType.Dynamic => new DelegateKernel((args, n) => Dynamic(op, args[0], args[1], n)),
        var t => throw new NotSupportedException($"no comparison for {t}"),
    };

    private static bool Test(Op op, int comparison) => op switch
    {
        Op.Eq => comparison == 0,
        Op.Ne => comparison != 0,
        Op.Lt => comparison < 0,
        Op.Le => comparison <= 0,
        Op.Gt => comparison > 0,
        _ => comparison >= 0,
    };

    /// <summary>The result when one or both sides are null; null means a null result.</summary>
    private static bool? WithNull(Op op, bool leftNull, bool rightNull) =>
        leftNull != rightNull && op is Op.Eq or Op.Ne ? op == Op.Ne : null;

    private sealed class Typed<T>(Op op) : ScalarKernel where T : unmanaged
    {
        public override Column Invoke(Column[] args, int rowCount)
        {
            var left = (PrimitiveColumn<T>)args[0];
            var right = (PrimitiveColumn<T>)args[1];
            var result = new bool[rowCount];
            var comparer = Comparer<T>.Default;
            NullMask? nulls = null;
            bool anyNull = left.Nulls is not null || right.Nulls is not null;
            for (int i = 0; i < rowCount; i++)
            {
                if (anyNull && (left.IsNull(i) || right.IsNull(i)))
                {
                    if (WithNull(op, left.IsNull(i), right.IsNull(i)) is bool b) result[i] = b;
                    else (nulls ??= new NullMask(rowCount)).Set(i);
                    continue;
                }
                result[i] = Test(op, comparer.Compare(left.Values[i], right.Values[i]));
            }
            return new PrimitiveColumn<bool>(KqlType.Bool, result, nulls);
        }
    }

    private static ScalarKernel StringKernel(Op op, KernelRequest request)
    {
        if (request.IsConstant(1) && request.Constant(1) is string constant)
        {
            // Once per distinct value of a dictionary-encoded column.
            return new DelegateKernel((args, n) =>
                new PrimitiveColumn<bool>(KqlType.Bool, ((StringColumn)args[0]).MapDistinct(s => Test(op, string.CompareOrdinal(s, constant)))));
        }
        return new DelegateKernel((args, n) =>
        {
            var left = (StringColumn)args[0];
            var right = (StringColumn)args[1];
            var result = new bool[n];
            for (int i = 0; i < n; i++) result[i] = Test(op, string.CompareOrdinal(left[i], right[i]));
            return new PrimitiveColumn<bool>(KqlType.Bool, result);
        });
    }

    private static Column Dynamic(Op op, Column a, Column b, int n)
    {
        var result = new bool[n];
        NullMask? nulls = null;
        for (int i = 0; i < n; i++)
        {
            object? x = a.GetValue(i), y = b.GetValue(i);
            if (x is null || y is null)
            {
                if (WithNull(op, x is null, y is null) is bool v) result[i] = v;
                else (nulls ??= new NullMask(n)).Set(i);
                continue;
            }
            bool equal = DynValue.DeepEquals(x, y);
            if (op is Op.Eq or Op.Ne) result[i] = equal == (op == Op.Eq);
            else (nulls ??= new NullMask(n)).Set(i);
        }
        return new PrimitiveColumn<bool>(KqlType.Bool, result, nulls);
    }
}
