using System.Globalization;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Kql.Values;

/// <summary>Converts constant values between KQL types where that is lossless and unambiguous (number widening, dynamic scalars).</summary>
public static class ConstantConversion
{
    public static bool TryConvert(object? value, KqlType target, out object? converted)
    {
        converted = null;
        if (value is null) return target != KqlType.String || Fail(out converted);
        switch (target)
        {
            case KqlType.Long when value is long or int:
                converted = System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
                return true;
            case KqlType.Int when value is int:
                converted = value;
                return true;
            case KqlType.Int when value is long l && l is >= int.MinValue and <= int.MaxValue:
                converted = (int)l;
                return true;
            case KqlType.Real when value is long or int or double or decimal:
                converted = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return true;
            case KqlType.Decimal when value is long or int or decimal:
                converted = System.Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                return true;
            case KqlType.Dynamic when value is not decimal:
                converted = value is int i ? (long)i : value;
                return true;
            case KqlType.String when value is string:
            case KqlType.Bool when value is bool:
            case KqlType.DateTime when value is DateTime:
            case KqlType.TimeSpan when value is TimeSpan:
            case KqlType.Guid when value is Guid:
                converted = value;
                return true;
        }
        return false;
    }

    private static bool Fail(out object? converted)
    {
        converted = null;
        return false;
    }
}
