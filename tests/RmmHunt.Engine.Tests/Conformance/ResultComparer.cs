using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RmmHunt.Engine.Execution;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Tests.Conformance;

/// <summary>
/// Compares a result with a table the docs printed, by the normalisation rules of the conformance
/// README: rows as a multiset unless ordered, empty cells match null or "", reals with tolerance or
/// to the printed precision, datetimes and timespans as instants to the printed precision, dynamic
/// values structurally.
/// </summary>
internal static class ResultComparer
{
    /// <summary>Null when the result matches; otherwise what differs.</summary>
    public static string? Compare(ResultTable actual, List<string[]> expected, bool ordered, bool setsUnordered)
    {
        string[] header = expected[0];
        string[] names = actual.Schema.Columns.Select(c => c.Name).ToArray();
        if (!header.SequenceEqual(names)) return $"columns [{string.Join(", ", names)}], expected [{string.Join(", ", header)}]";
        var want = expected.Skip(1).ToList();
        var got = actual.Rows().ToList();
        var types = actual.Schema.Columns.Select(c => c.Type).ToArray();
        if (want.Count != got.Count) return $"{got.Count} rows, expected {want.Count}:\n{Show(got, types)}";
        bool RowMatches(object?[] row, string[] cells) =>
            row.Length == cells.Length && Enumerable.Range(0, row.Length).All(c => CellMatches(row[c], types[c], cells[c], setsUnordered));
        if (ordered)
        {
            for (int r = 0; r < want.Count; r++)
            {
                if (!RowMatches(got[r], want[r])) return $"row {r + 1} is [{Show(got[r], types)}], expected [{string.Join(" | ", want[r])}]";
            }
            return null;
        }
        // Rows as a multiset: a perfect matching between expected and actual rows (augmenting paths).
        var matches = want.Select(w => got.Select(g => RowMatches(g, w)).ToArray()).ToArray();
        var owner = new int[got.Count];
        Array.Fill(owner, -1);
        for (int w = 0; w < want.Count; w++)
        {
            if (!Augment(w, matches, owner, new bool[got.Count]))
                return $"no row matches expected row [{string.Join(" | ", want[w])}]; actual rows:\n{Show(got, types)}";
        }
        return null;
    }

    private static bool Augment(int w, bool[][] matches, int[] owner, bool[] seen)
    {
        for (int g = 0; g < owner.Length; g++)
        {
            if (!matches[w][g] || seen[g]) continue;
            seen[g] = true;
            if (owner[g] < 0 || Augment(owner[g], matches, owner, seen))
            {
                owner[g] = w;
                return true;
            }
        }
        return false;
    }

    private static string Show(List<object?[]> rows, KqlType[] types) => string.Join("\n", rows.Select(r => "  [" + Show(r, types) + "]"));

    private static string Show(object?[] row, KqlType[] types) => string.Join(" | ", row.Select(v => v is null ? "null" : ScalarFormat.ToText(v)));

    public static bool CellMatches(object? actual, KqlType type, string expected, bool setsUnordered)
    {
        expected = expected.Trim();
        if (expected.Length == 0) return actual is null || actual is string { Length: 0 };
        // Some pages print a null as the word null.
        if (actual is null) return expected == "null" && type != KqlType.String;
        return type switch
        {
            KqlType.Bool => bool.TryParse(expected, out bool b) && (bool)actual == b,
            KqlType.Int or KqlType.Long => long.TryParse(expected, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l)
                ? Convert.ToInt64(actual, CultureInfo.InvariantCulture) == l
                : RealMatches(Convert.ToDouble(actual, CultureInfo.InvariantCulture), expected),
            KqlType.Real => RealMatches((double)actual, expected),
            KqlType.Decimal => RealMatches((double)(decimal)actual, expected),
            KqlType.DateTime => TryDateTime(expected, out var when, out int digits) && Truncate(((DateTime)actual).Ticks, digits) == when.Ticks,
            KqlType.TimeSpan => TryTimeSpan(expected, out var span, out int tsDigits) && Truncate(((TimeSpan)actual).Ticks, tsDigits) == span.Ticks,
            KqlType.Dynamic => DynamicMatches(actual, expected, setsUnordered),
            // The docs' cells are trimmed, so leading and trailing blanks of a string cannot be compared.
            _ => ScalarFormat.ToText(actual).Trim() == expected,
        };
    }

    /// <summary>Equal within 1e-9 relative, or equal once rounded to the decimals the docs printed.</summary>
    public static bool RealMatches(double actual, string expected)
    {
        switch (expected)
        {
            case "NaN": return double.IsNaN(actual);
            case "Infinity" or "∞": return double.IsPositiveInfinity(actual);
            case "-Infinity" or "-∞": return double.IsNegativeInfinity(actual);
        }
        if (!double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out double want)) return false;
        if (Math.Abs(actual - want) <= 1e-9 * Math.Max(Math.Abs(actual), Math.Abs(want))) return true;
        int dot = expected.IndexOf('.');
        if (dot < 0 || expected.Contains('e') || expected.Contains('E')) return false;
        int decimals = expected.Length - dot - 1;
        return decimals < 15 && Math.Abs(Math.Round(actual, decimals, MidpointRounding.AwayFromZero) - want) <= 1e-9 * Math.Max(1, Math.Abs(want));
    }

    private static long Truncate(long ticks, int fractionDigits)
    {
        long unit = (long)Math.Pow(10, 7 - Math.Clamp(fractionDigits, 0, 7));
        return ticks - ticks % unit;
    }

    /// <summary>The UI form <c>2019-07-15 00:00:00.0000000</c>, ISO 8601 with T and Z, or a plain date.</summary>
    public static bool TryDateTime(string text, out DateTime value, out int fractionDigits)
    {
        int dot = text.IndexOf('.');
        fractionDigits = dot < 0 ? 0 : text[(dot + 1)..].TakeWhile(char.IsAsciiDigit).Count();
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary><c>[-][d.]hh:mm:ss[.fffffff]</c>.</summary>
    public static bool TryTimeSpan(string text, out TimeSpan value, out int fractionDigits)
    {
        int colon = text.IndexOf(':');
        int dot = text.LastIndexOf('.');
        fractionDigits = dot > colon && colon >= 0 ? text.Length - dot - 1 : 0;
        return TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out value);
    }

    private static bool DynamicMatches(object actual, string expected, bool setsUnordered)
    {
        if (TryJson(expected, out var node)) return NodeMatches(actual, node, setsUnordered);
        // A dynamic string prints without quotes; anything else is compared without whitespace.
        string text = ScalarFormat.ToText(actual);
        return text == expected || Squeeze(text) == Squeeze(expected);
    }

    private static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private static bool TryJson(string text, out JsonNode? node)
    {
        foreach (var candidate in new[] { text, text.Replace('\'', '"') })
        {
            try
            {
                node = JsonNode.Parse(candidate);
                return true;
            }
            catch (JsonException) { }
        }
        node = null;
        return false;
    }

    private static bool NodeMatches(object? actual, JsonNode? node, bool setsUnordered)
    {
        switch (node)
        {
            case null: return actual is null;
            case JsonArray array when actual is DynArray items:
                if (array.Count != items.Count) return false;
                if (!setsUnordered) return Enumerable.Range(0, items.Count).All(i => NodeMatches(items[i], array[i], setsUnordered));
                var used = new bool[items.Count];
                return array.All(e => Enumerable.Range(0, items.Count).Any(i => !used[i] && NodeMatches(items[i], e, setsUnordered) && (used[i] = true)));
            case JsonObject obj when actual is DynBag bag:
                return obj.Count == bag.Count && obj.All(p => bag.TryGetValue(p.Key, out var v) && NodeMatches(v, p.Value, setsUnordered));
            case JsonValue value:
                return ValueMatches(actual, value);
            default:
                return false;
        }
    }

    private static bool ValueMatches(object? actual, JsonValue value)
    {
        var element = value.GetValue<JsonElement>();
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                return actual is long or int or double or decimal && RealMatches(Convert.ToDouble(actual, CultureInfo.InvariantCulture), element.GetRawText());
            case JsonValueKind.True or JsonValueKind.False:
                return actual is bool b && b == (element.ValueKind == JsonValueKind.True);
            case JsonValueKind.String:
                string s = element.GetString()!;
                return actual switch
                {
                    DateTime t => TryDateTime(s, out var when, out int digits) && Truncate(t.Ticks, digits) == when.Ticks,
                    TimeSpan t => TryTimeSpan(s, out var span, out int d) && Truncate(t.Ticks, d) == span.Ticks,
                    _ => ScalarFormat.ToText(actual) == s,
                };
            case JsonValueKind.Null:
                return actual is null;
            default:
                return false;
        }
    }
}
