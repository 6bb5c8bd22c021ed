using System.Text.Json;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Data.Json;

/// <summary>
/// What the first records of a streaming export show: the tables (categories) and, per table, the
/// properties with a type inferred from their values (for columns the built-in schema does not know:
/// integral numbers are long, other numbers real, ISO 8601 strings datetime, objects and arrays dynamic).
/// </summary>
internal sealed class StreamingSample
{
    private readonly Dictionary<string, Dictionary<string, KqlType?>> _tables = new(StringComparer.Ordinal);

    /// <summary>Records without a category, by property (their table must come from elsewhere).</summary>
    public const string NoCategory = "";

    public IEnumerable<string> Tables => _tables.Keys.Where(k => k != NoCategory);

    public bool HasUncategorized => _tables.ContainsKey(NoCategory);

    public IEnumerable<(string Name, KqlType Type)> Columns(string table) =>
        _tables.GetValueOrDefault(table)?.Select(p => (p.Key, p.Value ?? KqlType.String)) ?? [];

    public IEnumerable<(string Name, KqlType Type)> AllColumns =>
        _tables.Values.SelectMany(t => t).GroupBy(p => p.Key).Select(g => (g.Key, g.First().Value ?? KqlType.String));

    public void Add(ReadOnlySpan<byte> record)
    {
        try
        {
            var reader = new Utf8JsonReader(record, isFinalBlock: true, default);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return;
            string table = NoCategory;
            int start = -1, end = -1;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool category = reader.ValueTextEquals("category"u8), properties = reader.ValueTextEquals("properties"u8);
                reader.Read();
                if (category && reader.TokenType == JsonTokenType.String) table = StreamingCategory.TableOf(JsonStrings.Get(ref reader));
                if (properties && start < 0 && reader.TokenType == JsonTokenType.StartObject) start = (int)reader.TokenStartIndex; // the first, if repeated
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
                if (properties && start >= 0 && end < 0) end = (int)reader.BytesConsumed;
            }
            if (start < 0) return;
            if (!_tables.TryGetValue(table, out var columns)) _tables[table] = columns = new(StringComparer.Ordinal);
            AddProperties(record[start..end], columns);
        }
        catch (JsonException)
        {
            // A broken record says nothing about the columns; the scan reports it.
        }
    }

    private static void AddProperties(ReadOnlySpan<byte> properties, Dictionary<string, KqlType?> columns)
    {
        var reader = new Utf8JsonReader(properties, isFinalBlock: true, default);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = JsonStrings.Get(ref reader);
            reader.Read();
            KqlType? type = reader.TokenType switch
            {
                JsonTokenType.Number => reader.TryGetInt64(out _) ? KqlType.Long : KqlType.Real,
                JsonTokenType.True or JsonTokenType.False => KqlType.Bool,
                JsonTokenType.StartObject or JsonTokenType.StartArray => KqlType.Dynamic,
                JsonTokenType.String => IsoDateTime.TryParse(reader.ValueSpan, out _) && reader.ValueSpan.IndexOf((byte)'T') > 0 ? KqlType.DateTime : KqlType.String,
                _ => null,
            };
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
            columns[name] = Merge(columns.GetValueOrDefault(name), type);
        }
    }

    private static KqlType? Merge(KqlType? known, KqlType? seen) => (known, seen) switch
    {
        (null, _) => seen,
        (_, null) => known,
        _ when known == seen => known,
        (KqlType.Long, KqlType.Real) or (KqlType.Real, KqlType.Long) => KqlType.Real,
        _ => KqlType.String,
    };
}
