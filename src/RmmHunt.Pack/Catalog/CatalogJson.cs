using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RmmHunt.Pack.Catalog;

/// <summary>
/// Reads and writes the catalogue file. The text is deterministic (fixed property order, two-space
/// indentation, LF line ends, non-ASCII written as itself) so a regeneration that changes nothing
/// leaves the committed file byte for byte the same, and a review diff shows only real changes.
/// </summary>
public static class CatalogJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
    };

    public static string Write(RmmCatalog catalog) => JsonSerializer.Serialize(catalog, Options) + "\n";

    public static RmmCatalog Read(string json) =>
        JsonSerializer.Deserialize<RmmCatalog>(json, Options) ?? throw new InvalidDataException("the catalogue file is empty");

    public static RmmCatalog Load(string path)
    {
        try
        {
            return Read(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a catalogue file: {e.Message}", e);
        }
    }
}
