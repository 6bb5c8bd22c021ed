using System.Text.Json;
using RmmHunt.Engine.Execution;
using RmmHunt.Kql.Values;

namespace RmmHunt.Hunting.Reports;

/// <summary>
/// KQL values in JSON: numbers and booleans as JSON values, datetimes and timespans as their KQL
/// text, dynamic values as nested JSON, null as null.
/// </summary>
public static class JsonValues
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Hands what <paramref name="json"/> holds to its stream once that passes 64 KB. Called after each
    /// finding or row: a report of thousands of findings (8.5 MB for the pack over a million events per
    /// table) would otherwise be built whole in one buffer, doubled as it grows, before the first byte is written.
    /// </summary>
    public static void FlushEvery64K(Utf8JsonWriter json)
    {
        if (json.BytesPending >= 1 << 16) json.Flush();
    }

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case double d when !double.IsFinite(d):
                writer.WriteStringValue(ScalarFormat.Real(d));
                break;
            default:
                DynJson.Write(writer, value);
                break;
        }
    }

    /// <summary>A result as an array of objects keyed by column name.</summary>
    public static void WriteRows(Utf8JsonWriter writer, ResultTable table)
    {
        writer.WriteStartArray();
        foreach (var row in table.Rows())
        {
            writer.WriteStartObject();
            for (int c = 0; c < row.Length; c++)
            {
                writer.WritePropertyName(table.Schema.Columns[c].Name);
                Write(writer, row[c]);
            }
            writer.WriteEndObject();
            FlushEvery64K(writer);
        }
        writer.WriteEndArray();
    }

    public static void WriteSchema(Utf8JsonWriter writer, ResultTable table)
    {
        writer.WriteStartArray();
        foreach (var column in table.Schema.Columns)
        {
            writer.WriteStartObject();
            writer.WriteString("name", column.Name);
            writer.WriteString("type", Kql.Symbols.KqlTypes.Name(column.Type));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
