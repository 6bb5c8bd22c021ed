using RmmHunt.Data.Inputs;
using RmmHunt.Data.Inputs.Formats;

namespace RmmHunt.Data;

/// <summary>Every input format RmmHunt reads, in the order they are tried.</summary>
public static class DataFormats
{
    public static IReadOnlyList<IFileFormat> All { get; } = [new DefenderCsvFormat()];
}
