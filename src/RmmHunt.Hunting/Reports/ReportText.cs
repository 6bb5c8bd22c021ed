using System.Globalization;

namespace RmmHunt.Hunting.Reports;

/// <summary>How reports for people write times and numbers: UTC to the second, thousands separated.</summary>
public static class ReportText
{
    public static string Time(DateTime? value) =>
        value is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "";

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
