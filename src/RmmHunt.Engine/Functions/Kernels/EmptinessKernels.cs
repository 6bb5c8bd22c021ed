using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>
/// isempty/isnotempty (null or "" — also an empty dynamic array or bag) and isnull/isnotnull (null only;
/// a string is never null).
/// </summary>
internal static class EmptinessKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("isempty", _ => new DelegateKernel((args, n) => Test(args[0], n, empty: true, nullOnly: false)));
        add("isnotempty", _ => new DelegateKernel((args, n) => Test(args[0], n, empty: false, nullOnly: false)));
        add("notempty", _ => new DelegateKernel((args, n) => Test(args[0], n, empty: false, nullOnly: false)));
        add("isnull", _ => new DelegateKernel((args, n) => Test(args[0], n, empty: true, nullOnly: true)));
        add("isnotnull", _ => new DelegateKernel((args, n) => Test(args[0], n, empty: false, nullOnly: true)));
        add("notnull", _ => new DelegateKernel((args, n) => Test(args[0], n, empty: false, nullOnly: true)));
    }

    private static Column Test(Column input, int n, bool empty, bool nullOnly)
    {
        if (input is StringColumn strings)
            return new PrimitiveColumn<bool>(KqlType.Bool, strings.MapDistinct(s => nullOnly ? !empty : (s.Length == 0) == empty));
        var result = new bool[n];
        for (int i = 0; i < n; i++)
        {
            bool isEmpty = nullOnly || input is not DynamicColumn ? input.IsNull(i) : Dynamic.IsEmpty(input.GetValue(i));
            result[i] = isEmpty == empty;
        }
        return new PrimitiveColumn<bool>(KqlType.Bool, result);
    }
}
