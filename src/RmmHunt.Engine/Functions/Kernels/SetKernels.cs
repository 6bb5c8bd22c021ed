using RmmHunt.Engine.Aggregates;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>
/// Sets (arrays taken as sets of distinct values, in order of first appearance), zip and jaccard_index.
/// An argument that is not an array gives null [doc silent: decided here].
/// </summary>
internal static class SetKernels
{
    public static void Register(Action<string, KernelFactory> add)
    {
        add("set_union", _ => OfArrays(arrays => Distinct(arrays.SelectMany(a => a))));
        add("set_intersect", _ => OfArrays(arrays => Distinct(arrays[0].Where(v => arrays.Skip(1).All(other => Contains(other, v))))));
        add("set_difference", _ => OfArrays(arrays => Distinct(arrays[0].Where(v => !arrays.Skip(1).Any(other => Contains(other, v))))));
        add("set_has_element", _ => Kernel.Rows(KqlType.Bool, a => a[0] is DynArray set ? Contains(set, Dynamic.FromScalar(a[1])) : null, nullInNullOut: false));
        add("jaccard_index", _ => Kernel.Rows(KqlType.Real, a => a[0] is DynArray x && a[1] is DynArray y ? Jaccard(x, y) : null));
        add("zip", _ => OfArrays(Zip));
    }

    private static ScalarKernel OfArrays(Func<DynArray[], object?> f) =>
        Kernel.Rows(KqlType.Dynamic, a => a.All(x => x is DynArray) ? f(a.Cast<DynArray>().ToArray()) : null, nullInNullOut: false);

    private static bool Contains(DynArray array, object? value) => array.Any(item => DynValue.DeepEquals(item, value));

    private static DynArray Distinct(IEnumerable<object?> values)
    {
        var seen = new HashSet<object?>(DynamicEquality.Instance!);
        return new DynArray(values.Where(seen.Add).ToArray());
    }

    /// <summary>|intersection| / |union| of the distinct elements; two empty sets give NaN [doc silent].</summary>
    private static double Jaccard(DynArray x, DynArray y)
    {
        var union = Distinct(x.Concat(y));
        int both = Distinct(x).Count(v => Contains(y, v));
        return (double)both / union.Count;
    }

    /// <summary>zip(a, b, ...): [[a0, b0], [a1, b1], ...] as long as the longest array, missing elements null [doc zip-function].</summary>
    private static object? Zip(DynArray[] arrays)
    {
        int length = arrays.Max(a => a.Count);
        var rows = new object?[length];
        for (int i = 0; i < length; i++) rows[i] = new DynArray(arrays.Select(a => i < a.Count ? a[i] : null).ToArray());
        return new DynArray(rows);
    }
}
