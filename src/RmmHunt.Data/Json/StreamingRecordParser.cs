using System.Text.Json;

namespace RmmHunt.Data.Json;

/// <summary>
/// Parses one Defender streaming record, <c>{"category":"AdvancedHunting-T", "properties":{...}, "time":...}</c>,
/// into the current row: the columns are the properties. With a category filter, a record of another
/// table is not this source's (<see cref="Outcome.OtherTable"/>); it is counted by the source of its own table.
/// </summary>
internal sealed class StreamingRecordParser(RecordBatch batch, RowParser properties, string? table)
{
    public enum Outcome { Read, OtherTable, Rejected }

    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    public Outcome Parse(ReadOnlySpan<byte> record, out RowProblem? problem)
    {
        problem = null;
        try
        {
            var reader = new Utf8JsonReader(record, isFinalBlock: true, new JsonReaderState(Options));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return Reject(out problem, new RowProblem(null, $"a record must be a JSON object, not {JsonStreamReader.Describe(reader.TokenType)}"));
            string? category = null;
            bool parsed = false;
            int propertiesStart = -1, propertiesEnd = -1;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("category"u8))
                {
                    reader.Read();
                    category = reader.TokenType == JsonTokenType.String ? JsonStrings.Get(ref reader) : null;
                    if (table is not null && category is not null && !StreamingCategory.Names(category, table)) return Outcome.OtherTable;
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
                }
                else if (reader.ValueTextEquals("properties"u8) && !parsed && propertiesStart < 0)
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartObject)
                        return Reject(out problem, new RowProblem(null, $"\"properties\" must be an object, not {JsonStreamReader.Describe(reader.TokenType)}"));
                    if (table is not null && category is null)
                    {
                        // The category comes later in this record: read it first, then the properties.
                        propertiesStart = (int)reader.TokenStartIndex;
                        reader.Skip();
                        propertiesEnd = (int)reader.BytesConsumed;
                        continue;
                    }
                    if (properties.ParseObjectBody(ref reader, record) is { } bad) return Reject(out problem, bad);
                    parsed = true;
                }
                else
                {
                    reader.Read();
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
                }
            }
            if (!parsed && propertiesStart >= 0)
            {
                if (table is not null && category is not null && !StreamingCategory.Names(category, table)) return Outcome.OtherTable;
                var inner = record[propertiesStart..propertiesEnd];
                var again = new Utf8JsonReader(inner, isFinalBlock: true, new JsonReaderState(Options));
                again.Read();
                if (properties.ParseObjectBody(ref again, inner) is { } bad) return Reject(out problem, bad);
                parsed = true;
            }
            if (!parsed) return Reject(out problem, new RowProblem(null, "the record has no \"properties\" object"));
            batch.EndRow();
            return Outcome.Read;
        }
        catch (JsonException e)
        {
            return Reject(out problem, new RowProblem(null, "not valid JSON: " + e.Message.Split(" LineNumber:")[0].Trim()));
        }
    }

    private Outcome Reject(out RowProblem? problem, RowProblem reason)
    {
        batch.AbortRow();
        problem = reason;
        return Outcome.Rejected;
    }
}
