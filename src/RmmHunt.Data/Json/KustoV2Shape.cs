using System.Text.Json;

namespace RmmHunt.Data.Json;

/// <summary>
/// Azure Data Explorer v2 responses (formats.md §5): a JSON array of frames. The rows are those of the
/// first table whose <c>TableKind</c> is <c>PrimaryResult</c>: a <c>DataTable</c> frame, or in
/// progressive mode a <c>TableHeader</c> (its columns) followed by <c>TableFragment</c> frames (its rows).
/// Errors the service reports (<c>OneApiErrors</c>, <c>HasErrors</c>) become warnings; an error object
/// in place of a row is rejected as that row.
/// </summary>
internal sealed class KustoV2Shape : JsonDocumentShape
{
    public override string FormatName => "adx-v2-json";

    public override bool Keyed => false;

    public override bool Recognizes(JsonHead head) => head.Kind == JsonTokenType.StartArray && head.HasKey("FrameType");

    public override IReadOnlyList<DeclaredColumn> ReadColumns(JsonStreamReader reader)
    {
        foreach (var columns in Walk(reader, [], columnsOnly: true)) return columns;
        return [];
    }

    public override IEnumerable<IReadOnlyList<DeclaredColumn>> RowArrays(JsonStreamReader reader, ICollection<string> warnings) =>
        Walk(reader, warnings, columnsOnly: false);

    private static IEnumerable<IReadOnlyList<DeclaredColumn>> Walk(JsonStreamReader reader, ICollection<string> warnings, bool columnsOnly)
    {
        reader.Expect(JsonTokenType.StartArray, "an array of frames");
        List<DeclaredColumn>? primary = null; // the primary result's columns, once found
        string? primaryId = null;
        bool primaryDone = false;
        while (reader.NextItem())
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                TablesShape.SkipOpened(reader);
                continue;
            }
            string? frameType = null, kind = null, tableId = null;
            List<DeclaredColumn>? columns = null;
            while (reader.NextProperty(out string key))
            {
                switch (key)
                {
                    case "FrameType": frameType = reader.ReadScalar(); break;
                    case "TableKind": kind = reader.ReadScalar(); break;
                    case "TableId": tableId = reader.ReadScalar(); break;
                    case "Columns" when kind == "PrimaryResult" && !primaryDone:
                        columns = ReadColumnArray(reader, "ColumnName", "ColumnType", "DataType");
                        if (columnsOnly) yield return columns;
                        if (columnsOnly) yield break;
                        break;
                    case "Rows" when !columnsOnly && IsPrimaryRows(frameType, kind, tableId, primaryId, primaryDone):
                        var rowColumns = columns ?? primary ?? throw new JsonInputException(reader.TokenLine, "the rows come before the columns that name them");
                        reader.Expect(JsonTokenType.StartArray, "an array of rows");
                        yield return rowColumns;
                        break;
                    case "OneApiErrors":
                        warnings.Add($"the response reports errors ({frameType}); rows may be missing");
                        reader.SkipValue();
                        break;
                    case "HasErrors":
                        if (reader.ReadScalar() == "true") warnings.Add("the response says the query had errors; rows may be missing");
                        break;
                    case "TableFragmentType":
                        if (reader.ReadScalar() == "DataReplace") warnings.Add("a DataReplace fragment was read as appended rows");
                        break;
                    default: reader.SkipValue(); break;
                }
            }
            if (kind == "PrimaryResult" && columns is not null && !primaryDone)
            {
                if (frameType == "TableHeader")
                {
                    primary = columns;
                    primaryId = tableId;
                }
                else primaryDone = true; // a complete DataTable: later primary results are not this table
            }
            if (frameType == "TableCompletion" && tableId == primaryId && primaryId is not null) primaryDone = true;
        }
    }

    private static bool IsPrimaryRows(string? frameType, string? kind, string? tableId, string? primaryId, bool primaryDone) =>
        !primaryDone && (frameType == "DataTable" && kind == "PrimaryResult" || frameType == "TableFragment" && tableId is not null && tableId == primaryId);
}
