using System.Globalization;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Values;

/// <summary>
/// Conversions between KQL value objects, with the semantics of the to*() functions: a value that
/// does not convert gives null (for strings, the empty string), never an error.
/// </summary>
public static class KqlConvert
{
    public static object? To(KqlType target, object? value) => target switch
    {
        KqlType.String => ScalarFormat.ToText(value),
        KqlType.Long => ToLong(value),
        KqlType.Int => ToLong(value) is long l && l is >= int.MinValue and <= int.MaxValue ? (int)l : null,
        KqlType.Real => ToReal(value),
        KqlType.Decimal => ToDecimal(value),
        KqlType.Bool => ToBool(value),
        KqlType.DateTime => ToDateTime(value),
        KqlType.TimeSpan => ToTimeSpan(value),
        KqlType.Guid => ToGuid(value),
        KqlType.Dynamic => ToDynamic(value),
        _ => null,
    };

    public static long? ToLong(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d when double.IsFinite(d) && d >= long.MinValue && d <= long.MaxValue => (long)d,
        decimal m when m >= long.MinValue && m <= long.MaxValue => (long)m,
        bool b => b ? 1 : 0,
        DateTime t => t.Ticks,
        TimeSpan t => t.Ticks,
        string s => long.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l
            : double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && Math.Abs(d) < 9.2e18 ? (long)d : null,
        _ => null,
    };

    public static double? ToReal(object? value) => value switch
    {
        double d => d,
        long l => l,
        int i => i,
        decimal m => (double)m,
        bool b => b ? 1 : 0,
        TimeSpan t => t.Ticks,
        DateTime t => t.Ticks,
        string s => ParseReal(s.Trim()),
        _ => null,
    };

    private static double? ParseReal(string s)
    {
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        return s switch
        {
            "NaN" or "nan" => double.NaN,
            "Infinity" or "inf" or "+inf" => double.PositiveInfinity,
            "-Infinity" or "-inf" => double.NegativeInfinity,
            _ => null,
        };
    }

    public static decimal? ToDecimal(object? value) => value switch
    {
        decimal m => m,
        long l => l,
        int i => i,
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
        bool b => b ? 1 : 0,
        string s => decimal.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : null,
        _ => null,
    };

    public static bool? ToBool(object? value) => value switch
    {
        bool b => b,
        long l => l != 0,
        int i => i != 0,
        double d => d != 0,
        decimal m => m != 0,
        string s when s.Equals("true", StringComparison.OrdinalIgnoreCase) || s == "1" => true,
        string s when s.Equals("false", StringComparison.OrdinalIgnoreCase) || s == "0" => false,
        _ => null,
    };

    public static DateTime? ToDateTime(object? value) => value switch
    {
        DateTime t => t,
        string s => KqlDateTime.TryParse(s, out var t) ? t : null,
        _ => null,
    };

    public static TimeSpan? ToTimeSpan(object? value) => value switch
    {
        TimeSpan t => t,
        string s => KqlTimeSpan.TryParse(s, out var t) ? t : null,
        long l => new TimeSpan(l),
        int i => new TimeSpan(i),
        _ => null,
    };

    public static Guid? ToGuid(object? value) => value switch
    {
        Guid g => g,
        string s => Guid.TryParse(s.Trim(), out var g) ? g : null,
        _ => null,
    };

    /// <summary>
    /// parse_json/todynamic: a string holding JSON becomes its value; an empty string is null
    /// (gettype(parse_json('')) is "null" [doc gettype-function]); any other string stays a dynamic
    /// string; other scalars are wrapped as they are.
    /// </summary>
    public static object? ToDynamic(object? value) => value switch
    {
        string s when string.IsNullOrWhiteSpace(s) => null,
        string s => DynJson.TryParse(s, out var parsed) ? parsed : s,
        int i => (long)i,
        decimal m => (double)m,
        _ => value,
    };
}
