using RmmHunt.Data.Compression;
using RmmHunt.Data.Json;
using RmmHunt.Data.Schemas;

namespace RmmHunt.Data.Inputs.Formats;

/// <summary>A JSON API response (advanced hunting, Graph, Log Analytics, ADX v1 or v2), told apart by its first bytes.</summary>
public sealed class JsonDocumentFormat : IFileFormat
{
    private readonly JsonDocumentShape _shape;
    private readonly InputLimits _limits;

    private JsonDocumentFormat(JsonDocumentShape shape, InputLimits limits)
    {
        _shape = shape;
        _limits = limits;
    }

    /// <summary>Every API response shape, ADX v2 first (an array), then the objects.</summary>
    public static IReadOnlyList<JsonDocumentFormat> All(InputLimits limits) =>
    [
        new(new KustoV2Shape(), limits),
        new(new AdvancedHuntingShape(), limits),
        new(TablesShape.LogAnalytics, limits),
        new(TablesShape.KustoV1, limits),
    ];

    public string Name => _shape.FormatName;

    public bool Recognizes(string path, ReadOnlySpan<byte> head) => JsonHead.Parse(head) is { } json && _shape.Recognizes(json);

    public IReadOnlyList<OpenedInput> Open(string path, string? table)
    {
        IReadOnlyList<DeclaredColumn> declared;
        using (var input = InputStream.Open(path, _limits))
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
        var source = new JsonDocumentSource(path, table, BuiltInSchemas.Instance.FindTable(table), _shape, declared, _limits);
        return [new OpenedInput(source, inferredFrom)];
    }
}
