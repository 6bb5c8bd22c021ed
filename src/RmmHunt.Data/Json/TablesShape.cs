using System.Text.Json;

namespace RmmHunt.Data.Json;

/// <summary>
/// Tabular responses: the Log Analytics query API (<c>{"tables":[{"name","columns":[{"name","type"}],"rows":[[...]]}]}</c>,
/// formats.md §4) and Azure Data Explorer v1 (<c>{"Tables":[{"TableName","Columns":[{"ColumnName","DataType","ColumnType"}],"Rows"}]}</c>, §5).
/// The first table is the query's result (Log Analytics returns only PrimaryResult; ADX v1 puts
/// Table_0 first and its @ExtendedProperties, QueryStatus and TableOfContents tables after it).
/// </summary>
internal sealed class TablesShape(string formatName, string tablesKey, string columnNameKey, params string[] typeKeys) : JsonDocumentShape
{
    public static TablesShape LogAnalytics { get; } = new("log-analytics-json", "tables", "name", "type");

    public static TablesShape KustoV1 { get; } = new("adx-v1-json", "Tables", "ColumnName", "ColumnType", "DataType");

    public override string FormatName => formatName;

    public override bool Keyed => false;

    /// <summary>The key's casing tells the two apart: Log Analytics writes <c>tables</c>, ADX v1 <c>Tables</c>.</summary>
    public override bool Recognizes(JsonHead head) => head.Kind == JsonTokenType.StartObject && head.HasKey(tablesKey);

    public override IReadOnlyList<DeclaredColumn> ReadColumns(JsonStreamReader reader)
    {
        IReadOnlyList<DeclaredColumn> found = [];
        foreach (var _ in Walk(reader, [], columnsOnly: c => found = c)) { }
        return found;
    }

    public override IEnumerable<IReadOnlyList<DeclaredColumn>> RowArrays(JsonStreamReader reader, ICollection<string> warnings) =>
        Walk(reader, warnings, columnsOnly: null);

    private IEnumerable<IReadOnlyList<DeclaredColumn>> Walk(JsonStreamReader reader, ICollection<string> warnings, Action<IReadOnlyList<DeclaredColumn>>? columnsOnly)
    {
        reader.Expect(JsonTokenType.StartObject, "a JSON object");
        while (reader.NextProperty(out string key))
        {
            if (key == tablesKey)
            {
                reader.Expect(JsonTokenType.StartArray, "an array of tables");
                int index = 0;
                while (reader.NextItem())
                {
                    if (index++ > 0 || reader.TokenType != JsonTokenType.StartObject)
                    {
                        SkipOpened(reader);
                        continue;
                    }
                    List<DeclaredColumn>? columns = null;
                    while (reader.NextProperty(out string tableKey))
                    {
                        if (Is(tableKey, "Columns") && columns is null)
                        {
                            columns = ReadColumnArray(reader, columnNameKey, typeKeys);
                            if (columnsOnly is not null)
                            {
                                columnsOnly(columns);
                                yield break;
                            }
                        }
                        else if (Is(tableKey, "Rows") && columnsOnly is null)
                        {
                            if (columns is null) throw new JsonInputException(reader.TokenLine, "the rows come before the columns that name them");
                            reader.Expect(JsonTokenType.StartArray, "an array of rows");
                            yield return columns;
                        }
                        else reader.SkipValue();
                    }
                }
            }
            else if (Is(key, "error")) warnings.Add("the response reports an error: " + ErrorText(reader));
            else reader.SkipValue();
        }
    }

    /// <summary>After an item's first token: skips the rest of it.</summary>
    internal static void SkipOpened(JsonStreamReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        int depth = 1;
        while (depth > 0 && reader.Read())
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) depth++;
            else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) depth--;
        }
    }

    private static string ErrorText(JsonStreamReader reader)
    {
        if (!reader.Read()) return "";
        if (reader.TokenType != JsonTokenType.StartObject) return reader.Text ?? "";
        string text = "";
        while (reader.NextProperty(out string key))
        {
            if (Is(key, "message")) text = reader.ReadScalar() ?? "";
            else reader.SkipValue();
        }
        return text;
    }
}
