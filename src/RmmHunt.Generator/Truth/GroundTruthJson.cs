using System.Text.Encodings.Web;
using System.Text.Json;

namespace RmmHunt.Generator.Truth;

/// <summary>
/// Reads and writes <c>&lt;name&gt;.truth.json</c>. Output is byte-stable (LF line ends, fixed property
/// order, datetimes in the same trimmed ISO form as the CSV) so the sample's truth file can be compared in tests.
/// </summary>
public static class GroundTruthJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(GroundTruth truth, Stream output)
    {
        JsonSerializer.Serialize(output, truth, Options);
        output.WriteByte((byte)'\n');
    }

    public static string ToJson(GroundTruth truth) => JsonSerializer.Serialize(truth, Options) + "\n";

    public static GroundTruth Read(Stream input) =>
        JsonSerializer.Deserialize<GroundTruth>(input, Options) ?? throw new InvalidDataException("empty truth file");

    public static GroundTruth Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <summary><c>DeviceNetworkEvents.csv</c> → <c>DeviceNetworkEvents.truth.json</c> in the same folder.</summary>
    public static string PathBeside(string csvPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(csvPath))!, Path.GetFileNameWithoutExtension(csvPath) + ".truth.json");
}
