using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>new_guid() and rand() (new values on every row), and the cloud-only functions.</summary>
internal static class SystemKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("new_guid", _ => Kernel.Rows(KqlType.Guid, _ => Guid.NewGuid(), nullInNullOut: false));
        // rand() is in [0, 1); rand(N) a whole number in [0, N) [doc rand-function].
        add("rand", r => r.ArgCount == 0
            ? Kernel.Rows(KqlType.Real, _ => r.Context.NextRandom(), nullInNullOut: false)
            : Kernel.Rows(KqlType.Real, a => (long)a[0]! > 0 ? (double)r.Context.NextRandom((long)a[0]!) : null));
        add("ingestion_time", r =>
        {
            r.Context.Warn(r.Function.CloudOnlyNote!);
            return new DelegateKernel((args, n) => Column.Constant(KqlType.DateTime, null, n));
        });
        add("geo_info_from_ip_address", r =>
        {
            r.Context.Warn(r.Function.CloudOnlyNote!);
            return new DelegateKernel((args, n) => new DynamicColumn(Enumerable.Repeat<object?>(DynBag.Empty, n).ToArray()));
        });
    }
}
