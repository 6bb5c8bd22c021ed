namespace RmmHunt.Data.Conversion;

/// <summary>How <see cref="TableConverter"/> sorts and writes.</summary>
public sealed record ConvertOptions
{
    /// <summary>
    /// Rows sorted in memory at a time. More rows than this are sorted in runs written to temporary
    /// Parquet files and merged, so memory stays bounded whatever the input size (half a million rows
    /// of a 44-column table hold roughly half a gigabyte).
    /// </summary>
    public int RunRows { get; init; } = 500_000;

    public int RowGroupRows { get; init; } = Parquet.ParquetTableWriter.DefaultRowGroupRows;

    /// <summary>Where sorted runs go while a table is converted.</summary>
    public string TemporaryDirectory { get; init; } = Path.GetTempPath();
}
