using System.Text.Json;

namespace RmmHunt.Data.Json;

/// <summary>
/// What the first bytes of a file say about its JSON: whether it is an object or an array, and the
/// property names of the top-level object (of the first item, for an array) as far as the bytes go.
/// Enough to tell the API responses apart without reading the file.
/// </summary>
internal sealed record JsonHead(JsonTokenType Kind, IReadOnlyList<string> Keys, IReadOnlyDictionary<string, string> Strings)
{
    public bool HasKey(string key, bool ignoreCase = false) =>
        Keys.Any(k => string.Equals(k, key, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    /// <summary>Null when the bytes do not start a JSON object or array.</summary>
    public static JsonHead? Parse(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        var keys = new List<string>();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(head, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip }));
        try
        {
            if (!reader.Read() || reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return null;
            var kind = reader.TokenType;
            int depth = kind == JsonTokenType.StartObject ? 1 : 2; // of the property names that count
            if (kind == JsonTokenType.StartArray && (!reader.Read() || reader.TokenType != JsonTokenType.StartObject))
                return new JsonHead(kind, keys, strings);
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth - 1) break;
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != depth) continue;
                string key = JsonStrings.Get(ref reader);
                keys.Add(key);
                if (!reader.Read()) break;
                if (reader.TokenType == JsonTokenType.String) strings.TryAdd(key, JsonStrings.Get(ref reader));
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip()) break;
            }
            return new JsonHead(kind, keys, strings);
        }
        catch (JsonException)
        {
            return keys.Count > 0 ? new JsonHead(JsonTokenType.StartObject, keys, strings) : null;
        }
    }
}
