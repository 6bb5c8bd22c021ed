using RmmHunt.Data.Inputs;
using RmmHunt.Data.Inputs.Formats;

namespace RmmHunt.Data;

/// <summary>Every input format RmmHunt reads, in the order they are tried.</summary>
public static class DataFormats
{
    /// <summary>
    /// Binary and JSON formats first (their first bytes are unmistakable), the streaming export before the
    /// API responses (a record could carry any key), CSV last (it takes any comma-separated text).
    /// </summary>
    public static IReadOnlyList<IFileFormat> All { get; } =
    [
        new ParquetFormat(),
        new StreamingJsonFormat(),
        JsonDocumentFormat.KustoV2,
        JsonDocumentFormat.AdvancedHunting,
        JsonDocumentFormat.LogAnalytics,
        JsonDocumentFormat.KustoV1,
        new DefenderCsvFormat(),
    ];
}
