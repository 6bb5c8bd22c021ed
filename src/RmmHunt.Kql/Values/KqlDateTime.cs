using System.Globalization;

namespace RmmHunt.Kql.Values;

/// <summary>
/// Parses the datetime forms Kusto accepts (ISO 8601 with 0–7 fractional digits, with a space or
/// <c>T</c>, with or without a zone; RFC 822/850; plain dates). All results are UTC.
/// </summary>
public static class KqlDateTime
{
    private const DateTimeStyles Styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH", "yyyyMMdd", "yyyyMMdd HH:mm:ss", "yyyyMMdd HH:mm",
        "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "d MMM yyyy HH:mm:ss 'GMT'",
        "dddd, dd-MMM-yy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss zzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    public static bool TryParse(string text, out DateTime value)
    {
        text = text.Trim();
        if (text.Length >= 2 && text[0] is '\'' or '"' && text[^1] == text[0]) text = text[1..^1].Trim();
        if (IsoDateTime.TryParse(text.AsSpan(), out value)) return true;
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, Styles, out value)) return true;
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, Styles, out value);
    }
}
