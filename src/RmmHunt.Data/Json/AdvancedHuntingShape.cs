namespace RmmHunt.Data.Json;

/// <summary>
/// The Defender advanced hunting API (<c>{"Stats":..., "Schema":[{"Name","Type"}], "Results":[{...}]}</c>)
/// and Microsoft Graph <c>runHuntingQuery</c> (<c>{"schema":[{"name","type"}], "results":[...]}</c>);
/// keys in either casing (formats.md §3). Rows are objects keyed by column name.
/// </summary>
internal sealed class AdvancedHuntingShape : JsonDocumentShape
{
    public override string FormatName => "advanced-hunting-json";

    public override bool Keyed => true;

    public override bool Recognizes(JsonHead head) =>
        head.Kind == System.Text.Json.JsonTokenType.StartObject
        && (head.HasKey("Schema", ignoreCase: true) || head.HasKey("Results", ignoreCase: true)
            || head.Strings.TryGetValue("@odata.context", out var context) && context.Contains("huntingQueryResults", StringComparison.OrdinalIgnoreCase));

    public override IReadOnlyList<DeclaredColumn> ReadColumns(JsonStreamReader reader)
    {
        reader.Expect(System.Text.Json.JsonTokenType.StartObject, "a JSON object");
        while (reader.NextProperty(out string key))
        {
            if (Is(key, "Schema")) return ReadColumnArray(reader, "Name", "Type");
            reader.SkipValue();
        }
        return [];
    }

    public override IEnumerable<IReadOnlyList<DeclaredColumn>> RowArrays(JsonStreamReader reader, ICollection<string> warnings)
    {
        reader.Expect(System.Text.Json.JsonTokenType.StartObject, "a JSON object");
        IReadOnlyList<DeclaredColumn> columns = [];
        while (reader.NextProperty(out string key))
        {
            if (Is(key, "Schema")) columns = ReadColumnArray(reader, "Name", "Type");
            else if (Is(key, "Results"))
            {
                reader.Expect(System.Text.Json.JsonTokenType.StartArray, "an array of results");
                yield return columns;
            }
            else if (Is(key, "error")) warnings.Add("the response reports an error: " + (reader.ReadScalar() ?? "(see the file)"));
            else reader.SkipValue();
        }
    }
}
