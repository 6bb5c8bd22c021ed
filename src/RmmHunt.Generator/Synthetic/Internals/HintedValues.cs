using System.Globalization;

namespace RmmHunt.Generator.Synthetic.Internals;

/// <summary>
/// Values taken from hints in about half of the rows. A string column sometimes gets several hints
/// joined by spaces, so that a row can pass <c>has_all</c> or two <c>has</c> conditions on one column.
/// </summary>
internal static class HintedValues
{
    public static bool TryFor(string type, IReadOnlyList<string> hints, RowContext row, out object? value)
    {
        value = null;
        if (hints.Count == 0 || !row.Random.Chance(0.5)) return false;
        string hint = row.Random.Pick(hints);
        switch (type.ToLowerInvariant())
        {
            case "string":
                value = hints.Count > 1 && row.Random.Chance(0.3) ? string.Join(' ', hints.Take(6)) : hint;
                return true;
            case "int" or "int32":
                if (!int.TryParse(hint, NumberStyles.Integer, CultureInfo.InvariantCulture, out int i)) return false;
                value = i;
                return true;
            case "long" or "int64":
                if (!long.TryParse(hint, NumberStyles.Integer, CultureInfo.InvariantCulture, out long l)) return false;
                value = l;
                return true;
            default:
                return false;
        }
    }
}
