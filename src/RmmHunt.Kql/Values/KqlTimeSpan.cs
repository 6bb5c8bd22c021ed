using System.Globalization;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Values;

/// <summary>Parses the inside of <c>timespan(...)</c> and the text <c>totimespan()</c> accepts.</summary>
public static class KqlTimeSpan
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        text = text.Trim();
        value = default;
        if (text.Length == 0) return false;
        // A bare number is a number of days: timespan(2) == 2d.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double days))
        {
            value = TimeSpan.FromTicks((long)Math.Round(days * TimeSpan.TicksPerDay));
            return true;
        }
        int split = 0;
        bool negative = text[0] == '-';
        int start = negative ? 1 : 0;
        split = start;
        while (split < text.Length && (char.IsAsciiDigit(text[split]) || text[split] == '.')) split++;
        if (split > start && split < text.Length && char.IsAsciiLetter(text[split])
            && TimeSpanUnits.TryGetTicks(text[split..], out double perUnit)
            && double.TryParse(text[start..split], NumberStyles.Float, CultureInfo.InvariantCulture, out double amount))
        {
            long ticks = (long)Math.Round(amount * perUnit);
            value = TimeSpan.FromTicks(negative ? -ticks : ticks);
            return true;
        }
        return TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out value)
            || TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value);
    }
}
