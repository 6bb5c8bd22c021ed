using System.Text.Json;
using RmmHunt.Data.Compression;
using RmmHunt.Data.Json;
using RmmHunt.Data.Schemas;

namespace RmmHunt.Data.Inputs.Formats;

/// <summary>
/// Defender streaming API exports (JSON lines of <c>{"category":"AdvancedHunting-T","properties":{...}}</c>
/// records, or <c>{"records":[...]}</c>). The table comes from the category: a file holding several
/// tables opens as one source per table. The first megabyte is parsed for the tables and their
/// columns; when the file is larger, the rest is searched for further categories byte by byte (no
/// parsing), so no table of the file is missed. <c>--data TABLE=PATH</c> reads every record as TABLE.
/// </summary>
public sealed class StreamingJsonFormat(InputLimits? limits = null) : IFileFormat
{
    private readonly InputLimits _limits = limits ?? InputLimits.Default;

    private const int SampleBytes = 1 << 20;

    public string Name => "defender-streaming-json";

    public bool Recognizes(string path, ReadOnlySpan<byte> head) =>
        JsonHead.Parse(head) is { Kind: JsonTokenType.StartObject } json
        && (json.HasKey("category") && json.HasKey("properties") || json.Keys.FirstOrDefault() == "records");

    public IReadOnlyList<OpenedInput> Open(string path, string? table)
    {
        var head = FileHead.Read(path, SampleBytes);
        bool complete = head.Length < SampleBytes;
        bool document = !FirstLineIsWhole(head);
        var sample = new StreamingSample();
        foreach (var record in Records(head, document, complete)) sample.Add(record);
        if (table is not null)
        {
            var named = BuiltInSchemas.Instance.FindTable(table);
            var source = new StreamingJsonSource(path, table, JsonColumns.Typed(named, sample.AllColumns), null, document, _limits);
            return [new OpenedInput(source, null)];
        }
        var tables = sample.Tables.ToHashSet(StringComparer.Ordinal);
        if (!complete)
        {
            using var input = InputStream.Open(path, _limits);
            foreach (string category in StreamingCategory.All(input.Data)) tables.Add(StreamingCategory.TableOf(category));
        }
        if (tables.Count == 0)
        {
            var inference = new TableInference();
            var guess = inference.FromFileName(path) ?? inference.FromHeader(sample.AllColumns.Select(c => c.Name).ToList())
                ?? throw new InputFileException(path, $"the records have no category naming their table; name it with --data TABLE={path}");
            var source = new StreamingJsonSource(path, guess.Table.Name, JsonColumns.Typed(guess.Table.Schema, sample.AllColumns), null, document, _limits);
            return [new OpenedInput(source, guess.Reason)];
        }
        bool several = tables.Count > 1;
        return tables.Order(StringComparer.Ordinal).Select(t => new OpenedInput(
            new StreamingJsonSource(path, t, JsonColumns.Typed(BuiltInSchemas.Instance.FindTable(t), sample.Columns(t)), several ? t : null, document, _limits),
            $"the records' category AdvancedHunting-{t}" + (several ? $" (one of {tables.Count} tables in the file)" : ""))).ToList();
    }

    /// <summary>JSON lines have a whole value on their first line; a pretty-printed document does not.</summary>
    private static bool FirstLineIsWhole(ReadOnlySpan<byte> head)
    {
        var text = head.TrimStart(" \t\r\n"u8);
        int newline = text.IndexOf((byte)'\n');
        var line = newline < 0 ? text : text[..newline];
        try
        {
            var reader = new Utf8JsonReader(line, isFinalBlock: true, default);
            reader.Read();
            reader.Skip();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The whole records in the head (the last line may be cut by the head's end unless it is the whole file).</summary>
    private static List<byte[]> Records(byte[] head, bool document, bool complete)
    {
        var records = new List<byte[]>();
        if (document)
        {
            var reader = new JsonStreamReader(new MemoryStream(head));
            try
            {
                reader.Expect(JsonTokenType.StartObject, "an object");
                while (reader.NextProperty(out string key))
                {
                    if (key != "records") { reader.SkipValue(); continue; }
                    reader.Expect(JsonTokenType.StartArray, "an array");
                    while (reader.TryReadValue(out var value)) records.Add(reader.Buffer.AsSpan(value.Start, value.Length).ToArray());
                }
            }
            catch (JsonInputException)
            {
                // The head ends inside a record: the records before it are the sample.
            }
            return records;
        }
        var text = head.AsSpan();
        while (text.Length > 0)
        {
            int newline = text.IndexOf((byte)'\n');
            if (newline < 0 && !complete) break;
            var line = (newline < 0 ? text : text[..newline]).Trim(" \t\r"u8);
            text = newline < 0 ? [] : text[(newline + 1)..];
            if (line.Length == 0) continue;
            if (EventHubBatch.Items(line) is not { } items) records.Add(line.ToArray());
            else foreach (var (start, length) in items) records.Add(line.Slice(start, length).ToArray());
        }
        return records;
    }
}
