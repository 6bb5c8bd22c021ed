using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using RmmHunt.Data.Parquet;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Fuzzing.Seeds;

/// <summary>
/// Writes the same telemetry rows in every form hunters export them, shaped as formats.md and the
/// real samples show: Sentinel CSV, advanced hunting and Graph JSON, Log Analytics JSON, ADX v1/v2
/// JSON, streaming JSON lines and records documents, Parquet, and gzip. File names carry no table
/// name unless given one, so each format's own way of telling the table is exercised. Files go to a
/// temporary folder that disposing deletes.
/// </summary>
public class TelemetryFiles : IDisposable
{
    /// <param name="columns">The DeviceNetworkEvents columns the rows hold, in their order.</param>
    public TelemetryFiles(IReadOnlyList<ColumnSymbol> columns, IReadOnlyList<object?[]> rows)
    {
        Columns = columns;
        Rows = rows;
        Directory.CreateDirectory(Root);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "rmmhunt-formats-" + Guid.NewGuid().ToString("N"));

    private IReadOnlyList<ColumnSymbol> Columns { get; }
    private IReadOnlyList<object?[]> Rows { get; }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }

    public string File(string name, string text) => Bytes(name, Encoding.UTF8.GetBytes(text));

    public string Bytes(string name, byte[] bytes)
    {
        string path = Path.Combine(Root, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Gzip(string path)
    {
        string gz = path + ".gz";
        using (var input = System.IO.File.OpenRead(path))
        using (var output = new GZipStream(System.IO.File.Create(gz), CompressionLevel.Fastest)) input.CopyTo(output);
        return gz;
    }

    /// <summary>Defender portal export: the columns by name, ISO 8601 datetimes, dynamic values as JSON.</summary>
    public string DefenderCsv(string name = "defender-export.csv")
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", Columns.Select(c => Quote(c.Name)))).Append("\r\n");
        foreach (var row in Rows)
        {
            text.Append(string.Join(",", Columns.Select((c, k) => Quote(Text(row[k], c.Type, sentinelDates: false))))).Append("\r\n");
        }
        return File(name, text.ToString());
    }

    /// <summary>Sentinel portal export: <c>X [UTC]</c> headers, <c>M/d/yyyy, h:mm:ss.fff tt</c> dates (millisecond precision), TenantId and Type added.</summary>
    public string SentinelCsv(string name = "sentinel-export.csv")
    {
        var text = new StringBuilder();
        var header = new[] { "TenantId [UTC]" }.Take(0).Append("TenantId")
            .Concat(Columns.Select(c => c.Type == KqlType.DateTime ? c.Name + " [UTC]" : c.Name)).Append("Type");
        text.Append(string.Join(",", header.Select(Quote))).Append("\r\n");
        foreach (var row in Rows)
        {
            var cells = new List<string> { "4b2462a4-bbee-495a-a0e1-f23ae524cc9c" };
            for (int c = 0; c < Columns.Count; c++) cells.Add(Quote(Text(row[c], Columns[c].Type, sentinelDates: true)));
            cells.Add("DeviceNetworkEvents");
            text.Append(string.Join(",", cells)).Append("\r\n");
        }
        return File(name, text.ToString());
    }

    public string AdvancedHuntingJson(string name = "ah-api.json", bool graph = false) => Json(name, w =>
    {
        w.WriteStartObject();
        if (graph) w.WriteString("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.security.huntingQueryResults");
        else
        {
            w.WritePropertyName("Stats");
            w.WriteStartObject();
            w.WriteNumber("ExecutionTime", 4.621215);
            w.WriteEndObject();
        }
        w.WritePropertyName(graph ? "schema" : "Schema");
        w.WriteStartArray();
        foreach (var c in Columns)
        {
            w.WriteStartObject();
            w.WriteString(graph ? "name" : "Name", c.Name);
            w.WriteString(graph ? "type" : "Type", DotNetType(c.Type));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName(graph ? "results" : "Results");
        w.WriteStartArray();
        foreach (var row in Rows)
        {
            w.WriteStartObject();
            for (int c = 0; c < Columns.Count; c++)
            {
                w.WritePropertyName(Columns[c].Name);
                Value(w, row[c], Columns[c].Type, dynamicAsString: false);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public string LogAnalyticsJson(string name = "la-api.json") => Json(name, w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("tables");
        w.WriteStartArray();
        w.WriteStartObject();
        w.WriteString("name", "PrimaryResult");
        Columns2(w, "columns", "name", "type", KustoType);
        Rows2(w, "rows", dynamicAsString: true);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public string KustoV1Json(string name = "adx-v1.json") => Json(name, w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("Tables");
        w.WriteStartArray();
        w.WriteStartObject();
        w.WriteString("TableName", "Table_0");
        w.WritePropertyName("Columns");
        w.WriteStartArray();
        foreach (var c in Columns)
        {
            w.WriteStartObject();
            w.WriteString("ColumnName", c.Name);
            w.WriteString("DataType", DotNetType(c.Type));
            w.WriteString("ColumnType", KustoType(c.Type));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Rows2(w, "Rows", dynamicAsString: true);
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("TableName", "Table_1");
        ExtendedProperties(w, "DataType", "String");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The Columns and Rows of the query-properties table both Kusto response versions carry: one Value column, one row.</summary>
    private static void ExtendedProperties(Utf8JsonWriter w, string typeKey, string typeName)
    {
        w.WritePropertyName("Columns");
        w.WriteStartArray();
        w.WriteStartObject();
        w.WriteString("ColumnName", "Value");
        w.WriteString(typeKey, typeName);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WritePropertyName("Rows");
        w.WriteStartArray();
        w.WriteStartArray();
        w.WriteStringValue("{\"Visualization\":null}");
        w.WriteEndArray();
        w.WriteEndArray();
    }

    public string KustoV2Json(string name = "adx-v2.json") => Json(name, w =>
    {
        w.WriteStartArray();
        w.WriteStartObject();
        w.WriteString("FrameType", "DataSetHeader");
        w.WriteBoolean("IsProgressive", false);
        w.WriteString("Version", "v2.0");
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("FrameType", "DataTable");
        w.WriteNumber("TableId", 0);
        w.WriteString("TableKind", "QueryProperties");
        w.WriteString("TableName", "@ExtendedProperties");
        ExtendedProperties(w, "ColumnType", "dynamic");
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("FrameType", "DataTable");
        w.WriteNumber("TableId", 1);
        w.WriteString("TableKind", "PrimaryResult");
        w.WriteString("TableName", "PrimaryResult");
        Columns2(w, "Columns", "ColumnName", "ColumnType", KustoType);
        Rows2(w, "Rows", dynamicAsString: false);
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("FrameType", "DataSetCompletion");
        w.WriteBoolean("HasErrors", false);
        w.WriteBoolean("Cancelled", false);
        w.WriteEndObject();
        w.WriteEndArray();
    });

    /// <summary>Streaming API JSON lines; AdditionalFields alternates between a JSON string and a nested object.</summary>
    public string StreamingLines(string name = "streaming.json", Func<int, string>? category = null)
    {
        var text = new StringBuilder();
        for (int i = 0; i < Rows.Count; i++)
        {
            text.Append(StreamingRecord(i, category?.Invoke(i) ?? "AdvancedHunting-DeviceNetworkEvents")).Append('\n');
        }
        return File(name, text.ToString());
    }

    /// <summary>One <c>{"records":[...]}</c> document, pretty-printed.</summary>
    public string StreamingDocument(string name = "streaming-records.json")
    {
        var records = Enumerable.Range(0, Rows.Count).Select(i => JsonDocument.Parse(StreamingRecord(i, "AdvancedHunting-DeviceNetworkEvents")).RootElement).ToList();
        return File(name, JsonSerializer.Serialize(new { records }, new JsonSerializerOptions { WriteIndented = true }));
    }

    public string StreamingRecord(int i, string category)
    {
        var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("Tenant", "DefaultTenant");
            w.WriteString("category", category);
            w.WriteString("operationName", "Publish");
            w.WritePropertyName("properties");
            w.WriteStartObject();
            for (int c = 0; c < Columns.Count; c++)
            {
                w.WritePropertyName(Columns[c].Name);
                Value(w, Rows[i][c], Columns[c].Type, dynamicAsString: i % 2 == 0);
            }
            w.WriteString("MachineGroup", "UnassignedGroup");
            w.WriteEndObject();
            w.WriteString("tenantId", "12345af3-0000-4000-8000-000000000000");
            w.WriteString("time", "2024-10-07T18:03:21.9948950Z");
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public string Parquet(string name = "export.parquet", int rowGroupRows = 1000)
    {
        string path = Path.Combine(Root, name);
        using var writer = new ParquetTableWriter(path, "DeviceNetworkEvents", Columns, rowGroupRows);
        for (int start = 0; start < Rows.Count; start += 500)
        {
            var slice = Rows.Skip(start).Take(500).ToList();
            var columns = Columns.Select((c, k) =>
            {
                var builder = ColumnBuilder.Create(c.Type, slice.Count);
                foreach (var row in slice) builder.Add(row[k]);
                return (Column?)builder.Build();
            }).ToArray();
            writer.Write(new Batch(columns, slice.Count));
        }
        return path;
    }

    private string Json(string name, Action<Utf8JsonWriter> write)
    {
        string path = Path.Combine(Root, name);
        using (var stream = System.IO.File.Create(path))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true })) write(writer);
        return path;
    }

    private void Columns2(Utf8JsonWriter w, string key, string nameKey, string typeKey, Func<KqlType, string> type)
    {
        w.WritePropertyName(key);
        w.WriteStartArray();
        foreach (var c in Columns)
        {
            w.WriteStartObject();
            w.WriteString(nameKey, c.Name);
            w.WriteString(typeKey, type(c.Type));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void Rows2(Utf8JsonWriter w, string key, bool dynamicAsString)
    {
        w.WritePropertyName(key);
        w.WriteStartArray();
        foreach (var row in Rows)
        {
            w.WriteStartArray();
            for (int c = 0; c < Columns.Count; c++) Value(w, row[c], Columns[c].Type, dynamicAsString);
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }

    private static void Value(Utf8JsonWriter w, object? value, KqlType type, bool dynamicAsString)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case DateTime t: w.WriteStringValue(ScalarFormat.DateTime(t)); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case double d: w.WriteNumberValue(d); break;
            case string s: w.WriteStringValue(s); break;
            default:
                if (type == KqlType.Dynamic && dynamicAsString) w.WriteStringValue(DynJson.Serialize(value));
                else if (type == KqlType.Dynamic) DynJson.Write(w, value);
                else w.WriteStringValue(ScalarFormat.ToText(value));
                break;
        }
    }

    private static string Text(object? value, KqlType type, bool sentinelDates) => value switch
    {
        null => "",
        DateTime t when sentinelDates => t.ToString("M/d/yyyy, h:mm:ss.fff tt", CultureInfo.InvariantCulture),
        _ when type == KqlType.Dynamic => DynJson.Serialize(value),
        _ => ScalarFormat.ToText(value),
    };

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";

    private static string DotNetType(KqlType type) => type switch
    {
        KqlType.DateTime => "DateTime",
        KqlType.Long => "Int64",
        KqlType.Int => "Int32",
        KqlType.Bool => "Boolean",
        KqlType.Real => "Double",
        KqlType.Dynamic => "Object",
        _ => "String",
    };

    private static string KustoType(KqlType type) => type.Name();
}
