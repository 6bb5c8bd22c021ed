using System.Globalization;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// An engine's result reduced to comparable text rows (values as invariant text, lists sorted, rows
/// sorted), so the two engines and the ground truth can be compared exactly.
/// </summary>
internal static class Groups
{
    public static string Text(object? value) => value switch
    {
        null or DBNull => "",
        DateTime t => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list and not string => string.Join(",", list.Cast<object>().Select(Text).Order(StringComparer.Ordinal)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static List<string> Rows(IEnumerable<object?[]> rows) =>
        rows.Select(r => string.Join("|", r.Select(Text))).Order(StringComparer.Ordinal).ToList();
}
