namespace RmmHunt.Fuzzing.Seeds;

/// <summary>
/// A valid seed file: its bytes as written and, for a gzip file, the bytes inside (so an edit can
/// damage either the compressed stream or the data it holds), its extension and how many rows it holds.
/// </summary>
public sealed record Seed(SeedKind Kind, bool Wide, string Extension, byte[] Bytes, byte[]? Uncompressed, int Rows)
{
    public bool IsGzip => Uncompressed is not null;

    /// <summary>Rows per table (a multi-table streaming file holds several tables).</summary>
    public int Tables { get; init; } = 1;
}
