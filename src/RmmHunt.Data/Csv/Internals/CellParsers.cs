using System.Buffers.Text;
using System.Globalization;
using System.Text;
using RmmHunt.Kql.Values;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>Parses a non-empty field's UTF-8 text into the physical value of a column type.</summary>
internal delegate bool CellParser<T>(ReadOnlySpan<byte> text, out T value);

/// <summary>The text forms Defender and Sentinel exports write, per KQL type.</summary>
internal static class CellParsers
{
    private const NumberStyles Integer = NumberStyles.AllowLeadingSign;
    private const NumberStyles Real = NumberStyles.Float;

    public static bool Long(ReadOnlySpan<byte> text, out long value)
    {
        // Fast path: exports write plain decimal integers; 18 digits cannot overflow.
        bool negative = text.Length > 1 && text[0] == (byte)'-';
        int i = negative ? 1 : 0;
        if (text.Length - i is > 0 and <= 18)
        {
            long v = 0;
            for (; i < text.Length; i++)
            {
                uint d = (uint)(text[i] - '0');
                if (d > 9) break;
                v = v * 10 + d;
            }
            if (i == text.Length)
            {
                value = negative ? -v : v;
                return true;
            }
        }
        return long.TryParse(text, Integer, CultureInfo.InvariantCulture, out value);
    }

    public static bool Int(ReadOnlySpan<byte> text, out int value)
    {
        if (Long(text, out long v) && v is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)v;
            return true;
        }
        value = 0;
        return false;
    }

    public static bool Double(ReadOnlySpan<byte> text, out double value) =>
        double.TryParse(text, Real, CultureInfo.InvariantCulture, out value);

    public static bool Decimal(ReadOnlySpan<byte> text, out decimal value) =>
        decimal.TryParse(text, Real, CultureInfo.InvariantCulture, out value);

    public static bool Bool(ReadOnlySpan<byte> text, out bool value)
    {
        if (Ascii.EqualsIgnoreCase(text, "true"u8) || text.SequenceEqual("1"u8)) { value = true; return true; }
        value = false;
        return Ascii.EqualsIgnoreCase(text, "false"u8) || text.SequenceEqual("0"u8);
    }

    /// <summary>ISO 8601 (Defender, APIs) or the Sentinel portal's <c>M/d/yyyy, h:mm:ss.fff AM</c>; as ticks.</summary>
    public static bool DateTimeTicks(ReadOnlySpan<byte> text, out long ticks)
    {
        if (IsoDateTime.TryParse(text, out var iso) || SentinelDateTime.TryParse(text, out iso))
        {
            ticks = iso.Ticks;
            return true;
        }
        ticks = 0;
        return false;
    }

    public static bool TimeSpanTicks(ReadOnlySpan<byte> text, out long ticks)
    {
        // Rare in exports: the general (allocating) parser is good enough.
        bool ok = KqlTimeSpan.TryParse(Encoding.UTF8.GetString(text), out var span);
        ticks = span.Ticks;
        return ok;
    }

    public static bool Guid(ReadOnlySpan<byte> text, out Guid value) =>
        Utf8Parser.TryParse(text, out value, out int used) && used == text.Length
        || System.Guid.TryParse(Encoding.UTF8.GetString(text), out value);
}
