using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Tests.Parquet;

/// <summary>
/// Strings come back exactly however they were paged: the reader keys repeated values by the pointer
/// ParquetSharp hands out, and plain pages reuse one buffer, so the same pointer and length hold other
/// bytes on the next page. Values of one length, few of them (so the column stays dictionary-coded in
/// memory), in pages of a few hundred bytes make that happen hundreds of times.
/// </summary>
public sealed class StringPagesTests : IDisposable
{
    private readonly ParquetTestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static List<string?> Values(int count, int distinct, int seed)
    {
        var random = new Random(seed);
        // Same length for all: a reused buffer then gives the same (pointer, length) with other bytes.
        return Enumerable.Range(0, count).Select(i => i % 23 == 0 ? null : (string?)$"value-{random.Next(distinct):0000}").ToList();
    }

    private List<string> Read(string path, int workers = 1)
    {
        var stored = new Dictionary<string, KqlType> { ["DeviceName"] = KqlType.String };
        return ParquetTestFiles.Scan(ParquetTestFiles.Source(path, workers, stored), ParquetTestFiles.Request("DeviceName")).Rows;
    }

    [Theory]
    [InlineData(false, 200)] // plain pages only
    [InlineData(true, 200)] // dictionary pages
    [InlineData(false, 20_000)] // mostly distinct: decoded straight to strings after the first chunk
    public void Values_read_back_exactly_whatever_the_pages(bool dictionary, int distinct)
    {
        var values = Values(50_000, distinct, seed: distinct);
        string path = _files.WriteStrings("strings.parquet", values, dictionary, pageSize: 512);

        Assert.Equal(values.Select(v => v ?? "").ToList(), Read(path));
    }

    [Fact]
    public void A_dictionary_that_overflows_into_plain_pages_reads_back_exactly()
    {
        // A 2 KB dictionary page limit: the writer falls back to plain pages part way through the chunk.
        var values = Values(30_000, 3000, seed: 7);
        string path = _files.WriteStrings("overflow.parquet", values, dictionary: true, pageSize: 1024, dictionaryPageLimit: 2048);

        Assert.Equal(values.Select(v => v ?? "").ToList(), Read(path, workers: 2));
    }

    [Fact]
    public void Repeated_values_are_decoded_once_per_column_chunk_and_stay_dictionary_encoded()
    {
        var values = Values(40_000, 50, seed: 3);
        string path = _files.WriteStrings("repeated.parquet", values, dictionary: true);
        var source = ParquetTestFiles.Source(path, 1, new Dictionary<string, KqlType> { ["DeviceName"] = KqlType.String });
        int ordinal = ParquetTestFiles.Table.IndexOf("DeviceName");

        var columns = source.Scan(ParquetTestFiles.Table, ParquetTestFiles.Request("DeviceName"), new Engine.Sources.ScanStatistics(path, "t"), default)
            .Select(batch => Assert.IsType<StringColumn>(batch.Columns[ordinal])).ToList();

        Assert.True(columns.Count > 2);
        Assert.All(columns, column => Assert.True(column.IsDictionaryEncoded));
        // The first batch meets every value: its dictionary, in order of first use, serves the later batches too.
        Assert.Equal(values.Select(v => v ?? "").Distinct(), columns[0].Dictionary);
        Assert.All(columns, column => Assert.Same(columns[0].Dictionary, column.Dictionary));
    }
}
