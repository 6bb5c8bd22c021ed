using RmmHunt.Data.Inputs;
using RmmHunt.Data.Inputs.Formats;

namespace RmmHunt.Data;

/// <summary>Every input format RmmHunt reads, in the order they are tried.</summary>
public static class DataFormats
{
    /// <summary>Every format, reading within the default <see cref="InputLimits"/>.</summary>
    public static IReadOnlyList<IFileFormat> All { get; } = Create(InputLimits.Default);

    /// <summary>
    /// Binary and JSON formats first (their first bytes are unmistakable), the streaming export before the
    /// API responses (a record could carry any key), CSV last (it takes any comma-separated text).
    /// </summary>
    public static IReadOnlyList<IFileFormat> Create(InputLimits limits) =>
    [
        new ParquetFormat(limits),
        new StreamingJsonFormat(limits),
        .. JsonDocumentFormat.All(limits),
        new DefenderCsvFormat(limits),
    ];
}
