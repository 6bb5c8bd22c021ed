using System.Globalization;

namespace RmmHunt.Hunting.Exclusions;

/// <summary>
/// The <c>expires</c> field: a date (valid through that whole UTC day) or a UTC date and time. It is
/// compared with the run's <c>now()</c>, so a rerun with the same <c>--now</c> applies the same exclusions.
/// </summary>
public static class ExclusionExpiry
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mmK"];

    /// <summary>The first instant the exclusion no longer applies, or null when the text is not a date.</summary>
    public static DateTime? Parse(string text)
    {
        if (!DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
            return null;
        return text.Trim().Length == 10 ? value.Date.AddDays(1) : value;
    }
}
