using RmmHunt.Engine.Values;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>The to*() functions; a value that does not convert gives null (tostring gives "").</summary>
internal static class ConversionKernels
{
    public static readonly IReadOnlyDictionary<string, KqlType> Targets = new Dictionary<string, KqlType>
    {
        ["tostring"] = KqlType.String, ["tolong"] = KqlType.Long, ["toint"] = KqlType.Int, ["todouble"] = KqlType.Real,
        ["toreal"] = KqlType.Real, ["todecimal"] = KqlType.Decimal, ["tobool"] = KqlType.Bool, ["toboolean"] = KqlType.Bool,
        ["todatetime"] = KqlType.DateTime, ["totimespan"] = KqlType.TimeSpan, ["totime"] = KqlType.TimeSpan,
        ["toguid"] = KqlType.Guid, ["todynamic"] = KqlType.Dynamic, ["parse_json"] = KqlType.Dynamic,
        ["parsejson"] = KqlType.Dynamic, ["toobject"] = KqlType.Dynamic,
    };

    public static void Register(Action<string, KernelFactory> add)
    {
        foreach (var (name, target) in Targets) add(name, _ => new DelegateKernel((args, n) => Convert(args[0], target, n)));
    }

    /// <summary>Converts a whole column; shared with the implicit conversions the binder inserts.</summary>
    public static Column Convert(Column input, KqlType target, int rowCount)
    {
        if (input.Type == target) return input;
        switch (input, target)
        {
            case (PrimitiveColumn<int> ints, KqlType.Long):
                return Lift.Map<int, long>(ints, KqlType.Long, x => x);
            case (PrimitiveColumn<int> ints, KqlType.Real):
                return Lift.Map<int, double>(ints, KqlType.Real, x => x);
            case (PrimitiveColumn<long> longs, KqlType.Real) when input.Type == KqlType.Long:
                return Lift.Map<long, double>(longs, KqlType.Real, x => x);
            case (StringColumn strings, KqlType.Dynamic):
                return new DynamicColumn(strings.MapDistinct(s => KqlConvert.ToDynamic(s)));
            case (StringColumn strings, KqlType.Guid):
                return Lift.FromStringNullable(strings, KqlType.Guid, s => KqlConvert.ToGuid(s));
            case (StringColumn strings, KqlType.DateTime):
                return Lift.FromStringNullable(strings, KqlType.DateTime, s => KqlConvert.ToDateTime(s)?.Ticks);
        }
        return Lift.Objects([input], rowCount, target, a => KqlConvert.To(target, a[0]), nullInNullOut: false);
    }
}
