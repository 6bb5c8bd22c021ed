namespace RmmHunt.Engine.Functions;

/// <summary>The order Kusto sorts dynamic elements in: numbers, datetimes and timespans; strings; guids; the rest.</summary>
internal static class DynamicOrder
{
    public static int Compare(object? x, object? y)
    {
        int rx = Rank(x), ry = Rank(y);
        if (rx != ry) return rx.CompareTo(ry);
        return (x, y) switch
        {
            (string a, string b) => string.CompareOrdinal(a, b),
            (Guid a, Guid b) => a.CompareTo(b),
            _ when rx == 0 => Number(x).CompareTo(Number(y)),
            _ => 0,
        };
    }

    private static int Rank(object? value) => value switch
    {
        long or double or DateTime or TimeSpan => 0,
        string => 1,
        Guid => 2,
        _ => 3,
    };

    private static double Number(object? value) => value switch
    {
        long l => l,
        double d => d,
        DateTime t => t.Ticks,
        TimeSpan t => t.Ticks,
        _ => 0,
    };
}
