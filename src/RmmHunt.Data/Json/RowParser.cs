using System.Text.Json;

namespace RmmHunt.Data.Json;

/// <summary>What was wrong with a row: the column (if one is to blame) and why.</summary>
internal readonly record struct RowProblem(string? Column, string Reason);

/// <summary>
/// Parses one row's raw JSON into a <see cref="RecordBatch"/>: an object keyed by column name, or an
/// array of values in the file's column order. Properties the file does not declare are ignored and
/// remembered (<see cref="UnknownProperties"/>) so that the user can be told once.
/// </summary>
internal sealed class RowParser(RecordBatch batch, PropertyIndex properties, int columnCount, bool keyed)
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    public HashSet<string> UnknownProperties { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds the row, or leaves the batch as it was and says why not.</summary>
    public RowProblem? Parse(ReadOnlySpan<byte> row)
    {
        try
        {
            var reader = new Utf8JsonReader(row, isFinalBlock: true, new JsonReaderState(Options));
            reader.Read();
            var problem = reader.TokenType switch
            {
                JsonTokenType.StartObject when keyed => ParseObject(ref reader, row),
                JsonTokenType.StartObject => new RowProblem(null, "the service put an error where a row should be: " + Show(row)),
                JsonTokenType.StartArray => ParseArray(ref reader, row),
                _ => new RowProblem(null, $"a row must be a JSON object or array, not {JsonStreamReader.Describe(reader.TokenType)}"),
            };
            if (problem is null) batch.EndRow();
            else batch.AbortRow();
            return problem;
        }
        catch (JsonException e)
        {
            batch.AbortRow();
            return new RowProblem(null, "not valid JSON: " + e.Message.Split(" LineNumber:")[0].Trim());
        }
    }

    private static string Show(ReadOnlySpan<byte> row)
    {
        string text = System.Text.Encoding.UTF8.GetString(row[..Math.Min(row.Length, 200)]);
        return string.Join(' ', text.Split((char[])['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Parses the properties of the object whose start the reader is at (inside a larger record, e.g.
    /// a streaming record's <c>properties</c>) into the current row, without completing the row: the
    /// caller ends or aborts it once the whole record is known to be good.
    /// </summary>
    public RowProblem? ParseObjectBody(ref Utf8JsonReader reader, ReadOnlySpan<byte> json) => ParseObject(ref reader, json);

    private RowProblem? ParseObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> row)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int column = properties.Find(ref reader);
            if (column < 0 && UnknownProperties.Count < 100) UnknownProperties.Add(JsonStrings.Get(ref reader));
            reader.Read();
            if (!batch.TrySet(column, ref reader, row, out var problem)) return new RowProblem(problem!.Value.Column, problem.Value.Reason);
        }
        return null;
    }

    private RowProblem? ParseArray(ref Utf8JsonReader reader, ReadOnlySpan<byte> row)
    {
        int column = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (column < columnCount && !batch.TrySet(column, ref reader, row, out var problem))
                return new RowProblem(problem!.Value.Column, problem.Value.Reason);
            if (column >= columnCount && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
            column++;
        }
        return column == columnCount ? null : new RowProblem(null, $"the row has {column} values, the table {columnCount} columns");
    }
}
