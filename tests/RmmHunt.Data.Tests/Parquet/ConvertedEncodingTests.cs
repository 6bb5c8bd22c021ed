using ParquetSharp;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Tests.Parquet;

/// <summary>
/// What <c>rmmhunt convert</c> writes: integer columns whose values are mostly distinct (event times, report ids)
/// delta-encoded, repeated ones (ports, sizes) and strings dictionary-encoded; either way a scan reads back
/// exactly what was written, nulls included.
/// </summary>
public sealed class ConvertedEncodingTests : IDisposable
{
    private const int Rows = 5000;

    private static readonly IReadOnlyList<ColumnSymbol> Columns =
    [
        new("Timestamp", KqlType.DateTime), new("RemotePort", KqlType.Int), new("ReportId", KqlType.Long),
        new("InitiatingProcessFileSize", KqlType.Long), new("DeviceName", KqlType.String),
    ];

    private readonly ParquetTestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static object?[] Row(int i) =>
    [
        i % 40 == 3 ? null : ParquetTestFiles.Start.AddSeconds(i * 7),
        i % 25 == 4 ? null : 443 + i % 3,
        i % 30 == 5 ? null : 1_000_000L + i * 13,
        (long)(i % 10) * 4096,
        $"device-{i % 9}",
    ];

    [Fact]
    public void Mostly_distinct_integers_are_delta_encoded_and_everything_reads_back()
    {
        string path = Write("encodings.parquet", Rows);

        using (var file = new ParquetFileReader(path))
        {
            Assert.Equal(3, file.FileMetaData.NumRowGroups);
            for (int g = 0; g < file.FileMetaData.NumRowGroups; g++)
            {
                using var group = file.RowGroup(g);
                var encodings = Enumerable.Range(0, Columns.Count).ToDictionary(c => Columns[c].Name, c =>
                {
                    using var chunk = group.MetaData.GetColumnChunkMetaData(c);
                    return chunk.Encodings;
                });
                foreach (string distinct in new[] { "Timestamp", "ReportId" })
                {
                    Assert.Contains(Encoding.DeltaBinaryPacked, encodings[distinct]);
                    Assert.DoesNotContain(Encoding.RleDictionary, encodings[distinct]);
                }
                foreach (string repeated in new[] { "RemotePort", "InitiatingProcessFileSize", "DeviceName" })
                    Assert.Contains(Encoding.RleDictionary, encodings[repeated]);
            }
        }

        var stored = Columns.ToDictionary(c => c.Name, c => c.Type);
        var read = ParquetTestFiles.Scan(ParquetTestFiles.Source(path, 2, stored), ParquetTestFiles.Request(Columns.Select(c => c.Name).ToArray()));
        // The scan gives the columns in table order: Timestamp, DeviceName, RemotePort, ReportId, InitiatingProcessFileSize.
        var order = Columns.Select((c, k) => (Ordinal: ParquetTestFiles.Table.IndexOf(c.Name), k)).OrderBy(x => x.Ordinal).Select(x => x.k).ToArray();
        var expected = Enumerable.Range(0, Rows).Select(i => string.Join("|", order.Select(k => ParquetTestFiles.Text(Row(i)[k])))).ToList();
        Assert.Equal(expected, read.Rows);
        Assert.Contains(expected, r => r.Contains("<null>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_without_rows_is_still_a_readable_file()
    {
        string path = Write("empty.parquet", 0);

        using var file = new ParquetFileReader(path);
        Assert.Equal(0, file.FileMetaData.NumRows);
        Assert.Equal(Columns.Count, file.FileMetaData.NumColumns);
    }

    private string Write(string name, int rows) =>
        ParquetTestFiles.WriteTable(Path.Combine(_files.Root, name), Columns, rows, rowGroupRows: 2000, Row);
}
