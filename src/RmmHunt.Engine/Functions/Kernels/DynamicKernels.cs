using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

internal static class DynamicKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("array_length", _ => new DelegateKernel((args, n) =>
            Lift.Objects(args, n, KqlType.Long, a => a[0] is DynArray array ? (long)array.Count : null)));
        add("pack_array", _ => new DelegateKernel((args, n) =>
            Lift.Objects(args, n, KqlType.Dynamic, a => new DynArray(a.Select(Dynamic.FromScalar).ToArray()), nullInNullOut: false)));
    }
}
