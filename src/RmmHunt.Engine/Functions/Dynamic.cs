using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions;

/// <summary>How scalar values become elements of dynamic arrays and bags.</summary>
public static class Dynamic
{
    /// <summary>int widens to long and decimal to real, as inside Kusto's dynamic values.</summary>
    public static object? FromScalar(object? value) => value switch
    {
        int i => (long)i,
        decimal m => (double)m,
        _ => value,
    };

    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        DynArray a => a.Count == 0,
        DynBag b => b.Count == 0,
        _ => false,
    };
}
