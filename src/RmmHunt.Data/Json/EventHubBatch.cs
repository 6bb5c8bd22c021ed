using System.Text.Json;

namespace RmmHunt.Data.Json;

/// <summary>An Event Hub message, <c>{"records":[{...},{...}]}</c>, on one line: where each record is.</summary>
internal static class EventHubBatch
{
    /// <summary>The records' offsets and lengths in <paramref name="line"/>; null when the line is not such a batch (or not valid JSON: it is then read, and rejected, as one record).</summary>
    public static List<(int Start, int Length)>? Items(ReadOnlySpan<byte> line)
    {
        if (line.IndexOf("\"records\""u8) < 0) return null;
        try
        {
            var reader = new Utf8JsonReader(line, isFinalBlock: true, default);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            List<(int, int)>? items = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isRecords = reader.ValueTextEquals("records"u8);
                reader.Read();
                if (isRecords && reader.TokenType == JsonTokenType.StartArray)
                {
                    items = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        int start = (int)reader.TokenStartIndex;
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
                        items.Add((start, (int)reader.BytesConsumed - start));
                    }
                }
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
            }
            return items;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
