using System.Text;
using System.Text.Json;
using RmmHunt.Data.Csv.Internals;

namespace RmmHunt.Data.Json;

/// <summary>
/// Puts one JSON value into a column, read the way the CSV reader reads the same value's text, so a
/// row gives the same typed values whichever form it came in: strings unescaped, numbers and literals
/// by their text (so <c>"443"</c> and <c>443</c> both fill a long), objects and arrays as their JSON
/// text (a dynamic column parses it; a string column keeps it), null and "" as empty.
/// </summary>
internal static class JsonCells
{
    /// <summary>Adds the value at the reader's current token; on failure says what the value was.</summary>
    public static bool TryAdd(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, CellColumn cells, ref byte[] scratch, out string? shown)
    {
        shown = null;
        ReadOnlySpan<byte> text;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                cells.AddEmpty();
                return true;
            case JsonTokenType.String:
                text = Unescaped(ref reader, json, ref scratch);
                break;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                int start = (int)reader.TokenStartIndex;
                reader.Skip();
                text = json[start..(int)reader.BytesConsumed];
                break;
            default:
                text = json.Slice((int)reader.TokenStartIndex, reader.ValueSpan.Length);
                break;
        }
        if (text.Length == 0)
        {
            cells.AddEmpty();
            return true;
        }
        if (cells.TryAdd(text)) return true;
        shown = Show(text);
        return false;
    }

    /// <summary>
    /// A string token's UTF-8 bytes without JSON escapes: a slice of <paramref name="json"/> (which the
    /// reader reads), or a copy in <paramref name="scratch"/> when it had escapes.
    /// </summary>
    public static ReadOnlySpan<byte> Unescaped(scoped ref Utf8JsonReader reader, ReadOnlySpan<byte> json, scoped ref byte[] scratch)
    {
        if (!reader.ValueIsEscaped) return json.Slice((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
        return JsonStrings.CopyUnescaped(ref reader, ref scratch);
    }

    private static string Show(ReadOnlySpan<byte> text)
    {
        const int Max = 60;
        string s = Encoding.UTF8.GetString(text);
        return s.Length <= Max ? s : s[..Max] + "…";
    }
}
