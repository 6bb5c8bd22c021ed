using RmmHunt.Data.Compression;
using RmmHunt.Data.Json;
using RmmHunt.Data.Schemas;

namespace RmmHunt.Data.Inputs.Formats;

/// <summary>A JSON API response (advanced hunting, Graph, Log Analytics, ADX v1 or v2), told apart by its first bytes.</summary>
public sealed class JsonDocumentFormat : IFileFormat
{
    private readonly JsonDocumentShape _shape;

    private JsonDocumentFormat(JsonDocumentShape shape) => _shape = shape;

    public static JsonDocumentFormat AdvancedHunting { get; } = new(new AdvancedHuntingShape());
    public static JsonDocumentFormat LogAnalytics { get; } = new(TablesShape.LogAnalytics);
    public static JsonDocumentFormat KustoV1 { get; } = new(TablesShape.KustoV1);
    public static JsonDocumentFormat KustoV2 { get; } = new(new KustoV2Shape());

    public string Name => _shape.FormatName;

    public bool Recognizes(string path, ReadOnlySpan<byte> head) => JsonHead.Parse(head) is { } json && _shape.Recognizes(json);

    public IReadOnlyList<OpenedInput> Open(string path, string? table)
    {
        IReadOnlyList<DeclaredColumn> declared;
        using (var input = InputStream.Open(path))
        {
            try
            {
                declared = _shape.ReadColumns(new JsonStreamReader(input.Data));
            }
            catch (JsonInputException e)
            {
                throw new InputFileException(path, e.Message, e.Line);
            }
        }
        string? inferredFrom = null;
        if (table is null)
        {
            var inference = new TableInference();
            var guess = inference.FromFileName(path) ?? inference.FromHeader(declared.Select(c => c.Name).ToList())
                ?? throw new InputFileException(path, $"cannot tell which table this response holds; name it with --data TABLE={path}");
            (table, inferredFrom) = (guess.Table.Name, guess.Reason);
        }
        var source = new JsonDocumentSource(path, table, BuiltInSchemas.Instance.FindTable(table), _shape, declared);
        return [new OpenedInput(source, inferredFrom)];
    }
}
