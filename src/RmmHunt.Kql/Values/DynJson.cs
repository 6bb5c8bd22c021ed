using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RmmHunt.Kql.Values;

/// <summary>Reads JSON text into dynamic values and writes dynamic values as compact JSON, as Kusto does.</summary>
public static class DynJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Kusto keeps non-ASCII characters as they are in JSON text.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 256,
    };

    /// <summary>Parses JSON text; returns false when the text is not valid JSON.</summary>
    public static bool TryParse(string text, out object? value)
    {
        byte[]? rented = null;
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        Span<byte> buffer = max <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            int length = Encoding.UTF8.GetBytes(text, buffer);
            return TryParse(buffer[..length], out value);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out object? value)
    {
        if (!JsonStart.MayBeJson(utf8))
        {
            value = null;
            return false;
        }
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            if (!reader.Read()) { value = null; return false; }
            value = ReadValue(ref reader);
            if (reader.Read()) { value = null; return false; }
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // InvalidOperationException: a string that is not valid UTF-8 (raw bytes from a file) cannot be decoded.
            value = null;
            return false;
        }
    }

    /// <summary>Reads the value at the reader's current token.</summary>
    public static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return null;
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.String: return reader.GetString();
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out long l)) return l;
                return reader.GetDouble();
            case JsonTokenType.StartArray:
            {
                var items = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref reader));
                return new DynArray(items.ToArray());
            }
            case JsonTokenType.StartObject:
            {
                var entries = new List<KeyValuePair<string, object?>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string key = reader.GetString()!;
                    reader.Read();
                    entries.Add(new(key, ReadValue(ref reader)));
                }
                return new DynBag(entries);
            }
            default:
                throw new JsonException($"unexpected JSON token {reader.TokenType}");
        }
    }

    public static string Serialize(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) Write(writer, value);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case int i: writer.WriteNumberValue(i); break;
            case double d when double.IsFinite(d): writer.WriteRawValue(FormatReal(d), skipInputValidation: true); break;
            case double d: writer.WriteStringValue(FormatReal(d)); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case string s: writer.WriteStringValue(s); break;
            case DateTime t: writer.WriteStringValue(ScalarFormat.DateTime(t)); break;
            case TimeSpan t: writer.WriteStringValue(ScalarFormat.TimeSpan(t)); break;
            case Guid g: writer.WriteStringValue(g.ToString("D")); break;
            case DynArray array:
                writer.WriteStartArray();
                foreach (var item in array) Write(writer, item);
                writer.WriteEndArray();
                break;
            case DynBag bag:
                writer.WriteStartObject();
                foreach (var (key, item) in bag)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string FormatReal(double d) => ScalarFormat.Real(d);
}
