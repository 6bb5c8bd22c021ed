namespace RmmHunt.Data.Inputs;

/// <summary>
/// Bounds on what reading one input may cost, so a hostile file is refused with a clear error instead of
/// occupying the machine. A gzip file may expand to <see cref="MaxGzipRatio"/> times its size on disk (at
/// least <see cref="GzipAllowanceFloor"/> bytes): telemetry compresses 5–30×, a decompression bomb about
/// 1000×. A gzip-compressed Parquet file is unpacked to a temporary file, so this also bounds the disk it takes.
/// </summary>
public sealed record InputLimits
{
    public const double DefaultMaxGzipRatio = 200;

    public static InputLimits Default { get; } = new();

    public double MaxGzipRatio { get; init; } = DefaultMaxGzipRatio;

    /// <summary>Small files may expand this much whatever the ratio (a 10 KB file of one repeated row is no bomb).</summary>
    public long GzipAllowanceFloor { get; init; } = 16L << 20;

    /// <summary>The most bytes a gzip file of <paramref name="compressedBytes"/> may expand to.</summary>
    public long GzipAllowance(long compressedBytes) =>
        Math.Max(GzipAllowanceFloor, (long)Math.Min(long.MaxValue / 2, MaxGzipRatio * compressedBytes));
}
