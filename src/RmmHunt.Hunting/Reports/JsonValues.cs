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
