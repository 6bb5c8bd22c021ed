using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

internal static class IpKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("ipv4_is_in_range", r =>
        {
            // A constant range is parsed once.
            var constant = r.IsConstant(1) && r.Constant(1) is string text ? Ipv4.Parse(text) : null;
            return new DelegateKernel((args, n) => Lift.Objects(args, n, KqlType.Bool, a =>
            {
                var range = constant ?? Ipv4.Parse((string)a[1]!);
                var address = Ipv4.Parse((string)a[0]!);
                return range is null || address is null ? null : range.Value.Contains(address.Value.Address);
            }));
        });
        add("ipv4_is_private", _ => new DelegateKernel((args, n) => Lift.FromStringNullable(args[0], KqlType.Bool, s =>
            Ipv4.Parse(s) is { } ip ? Ipv4.IsPrivate(ip) : (bool?)null)));
    }
}
