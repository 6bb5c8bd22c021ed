using RmmHunt.Engine.Functions.Kernels;

namespace RmmHunt.Engine.Functions;

/// <summary>The kernel factory of every built-in scalar function and operator, by name.</summary>
public static class KernelRegistry
{
    private static readonly Dictionary<string, KernelFactory> Factories = Build();

    public static bool TryGet(string name, out KernelFactory factory) => Factories.TryGetValue(name, out factory!);

    public static IEnumerable<string> Names => Factories.Keys;

    private static Dictionary<string, KernelFactory> Build()
    {
        var map = new Dictionary<string, KernelFactory>(StringComparer.Ordinal);
        void Add(string name, KernelFactory factory) => map.Add(name, factory);
        ComparisonKernels.Register(Add);
        StringPredicateKernels.Register(Add);
        LogicKernels.Register(Add);
        EmptinessKernels.Register(Add);
        ConditionalKernels.Register(Add);
        ArithmeticKernels.Register(Add);
        StringKernels.Register(Add);
        ConversionKernels.Register(Add);
        DateTimeKernels.Register(Add);
        MathKernels.Register(Add);
        DynamicKernels.Register(Add);
        IpKernels.Register(Add);
        WindowKernels.Register(Add);
        ConcatKernels.Register(Add);
        SplitKernels.Register(Add);
        RegexKernels.Register(Add);
        EncodingKernels.Register(Add);
        LogicalKernels.Register(Add);
        SystemKernels.Register(Add);
        BagKernels.Register(Add);
        SetKernels.Register(Add);
        DatePartKernels.Register(Add);
        FormatKernels.Register(Add);
        UrlKernels.Register(Add);
        PathKernels.Register(Add);
        XmlKernels.Register(Add);
        TimeZoneKernels.Register(Add);
        DecompressKernels.Register(Add);
        SearchKernels.Register(Add);
        return map;
    }
}
