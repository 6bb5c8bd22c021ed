using System.Text;
using RmmHunt.Data.Csv;
using RmmHunt.Data.Tests.Formats;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Tests.Fuzz;

/// <summary>
/// What the reader fuzzers found, one regression test each: every one of these crashed the run, or
/// counted rows differently depending on how the file was cut into blocks, before it was fixed.
/// </summary>
public sealed class FuzzFindingsTests : IDisposable
{
    private const string ReadAll =
        "DeviceNetworkEvents | where strlen(strcat(Timestamp, RemotePort, RemoteUrl, tostring(AdditionalFields))) >= 0 | project RemotePort, RemoteUrl";

    private readonly FormatFixtures _files = new();

    public void Dispose() => _files.Dispose();

    private static byte[] Bytes(params object[] parts) =>
        parts.SelectMany(p => p is string s ? Encoding.UTF8.GetBytes(s) : p is byte b ? [b] : (byte[])p).ToArray();

    [Fact]
    public void A_csv_dynamic_cell_that_is_not_utf8_is_read_as_text()
    {
        // Was: InvalidOperationException from the JSON parser escaped the scan. Text that is not JSON stays a
        // dynamic string (as parse_json does), its bad bytes replacement characters, as in string columns.
        string path = _files.Bytes("bad-utf8.csv", Bytes(
            "Timestamp,RemotePort,RemoteUrl,AdditionalFields\n",
            "2024-10-01T10:00:00Z,443,a.example,\"{\"\"k\"\":\"\"", (byte)0xC3, "\"\"}\"\n",
            "2024-10-01T10:00:01Z,80,b.example,{}\n"));
        var (rows, inputs) = ServerEyeRun.RunQuery("DeviceNetworkEvents | project RemotePort, tostring(AdditionalFields)", $"DeviceNetworkEvents={path}");
        Assert.Equal(["443|{\"k\":\"\uFFFD\"}", "80|{}"], rows);
        Assert.Equal(0, inputs.Files.Single().Statistics.RejectedCount);
    }

    [Fact]
    public void Json_names_and_strings_that_are_not_utf8_are_read_with_replacement_characters()
    {
        // Was: InvalidOperationException while reading the declared columns and the unknown property names.
        string path = _files.Bytes("bad-utf8.json", Bytes(
            "{\"Schema\":[{\"Name\":\"RemoteUrl\",\"Type\":\"String\"},{\"Name\":\"RemotePort\",\"Type\":\"Int32\"},{\"Name\":\"X", (byte)0xFF, "\",\"Type\":\"String\"}],",
            "\"Results\":[{\"RemoteUrl\":\"a", (byte)0xFF, "b\",\"RemotePort\":1},{\"Remote", (byte)0xFF, "Url\":\"c\",\"RemotePort\":2}]}"));
        var (rows, inputs) = ServerEyeRun.RunQuery("DeviceNetworkEvents | project RemotePort, RemoteUrl", $"DeviceNetworkEvents={path}");
        Assert.Equal(["1|a\uFFFDb", "2|"], rows);
        Assert.Equal(0, inputs.Files.Single().Statistics.RejectedCount);
    }

    [Fact]
    public void A_streaming_value_with_a_lone_surrogate_escape_is_read_as_written()
    {
        // Was: InvalidOperationException from unescaping "\ud800", which is valid JSON but no UTF-16 string.
        string path = _files.File("surrogate.json",
            """{"category":"AdvancedHunting-DeviceNetworkEvents","properties":{"RemoteUrl":"\ud800x","RemotePort":1}}""" + "\n");
        var (rows, _) = ServerEyeRun.RunQuery("DeviceNetworkEvents | project RemotePort, RemoteUrl", path);
        Assert.Equal(["1|\\ud800x"], rows);
    }

    [Fact]
    public void A_streaming_record_with_properties_twice_is_read_from_the_first()
    {
        // Was: ArgumentOutOfRangeException while sampling the file's columns.
        string path = _files.File("twice.json",
            """{"category":"AdvancedHunting-DeviceNetworkEvents","properties":{"RemotePort":1},"properties":{"RemotePort":2}}""" + "\n"
            + """{"category":"AdvancedHunting-DeviceNetworkEvents","properties":{"RemotePort":3}}""" + "\n");
        var (rows, _) = ServerEyeRun.RunQuery("DeviceNetworkEvents | project RemotePort", path);
        Assert.Equal(["1", "3"], rows);
    }

    [Fact]
    public void Where_damaged_gzip_data_ends_does_not_depend_on_the_block_size()
    {
        // Was: a 1 MB read that met the damage returned nothing of what it had decoded, a small read did;
        // so the rows kept (and the header!) depended on the reader's block size.
        var bytes = File.ReadAllBytes(_files.Gzip(_files.DefenderCsv("rows.csv")));
        for (int i = bytes.Length / 2; i < bytes.Length / 2 + 32; i++) bytes[i] = 0xFF;
        string path = _files.Bytes("damaged.csv.gz", bytes);
        var table = SampleRows.Table;
        var counts = new[] { new CsvReadOptions(), new CsvReadOptions { BlockSize = 61, Workers = 1 } }.Select(options =>
        {
            var statistics = new ScanStatistics(path, table.Name);
            long rows = new DefenderCsvSource(path, table, options).Scan(table, ScanRequest.All(table), statistics, default).Sum(b => (long)b.RowCount);
            return (rows, statistics.Read, Rejections: string.Join("\n", statistics.Rejections));
        }).ToList();
        Assert.InRange(counts[0].rows, 100, SampleRows.Rows.Count - 1);
        Assert.Equal(counts[0], counts[1]);
        Assert.Contains("the compressed data is damaged", counts[0].Rejections);
    }

    [Fact]
    public void A_damaged_parquet_page_rejects_the_rest_of_its_row_group_and_the_other_groups_are_read()
    {
        // Was: ParquetException escaped the scan and ended the run.
        string path = _files.Parquet("groups.parquet", rowGroupRows: 500);
        // Column chunks lie one after another after the 4-byte magic: the start of row group 3's RemoteUrl chunk.
        long offset = 4;
        int remoteUrl = SampleRows.Columns.ToList().FindIndex(c => c.Name == "RemoteUrl");
        using (var reader = new ParquetSharp.ParquetFileReader(path))
        {
            for (int g = 0; g <= 2; g++)
            {
                using var group = reader.RowGroup(g);
                for (int c = 0; c < (g == 2 ? remoteUrl : SampleRows.Columns.Count); c++)
                {
                    using var chunk = group.MetaData.GetColumnChunkMetaData(c);
                    offset += chunk.TotalCompressedSize;
                }
            }
        }
        var bytes = File.ReadAllBytes(path);
        for (long i = offset; i < offset + 16; i++) bytes[i] = 0xFF; // the first page's header
        File.WriteAllBytes(path, bytes);

        var (rows, inputs) = ServerEyeRun.RunQuery(ReadAll, $"DeviceNetworkEvents={path}");
        var statistics = inputs.Files.Single().Statistics;
        var rejected = Assert.Single(statistics.Rejections);
        Assert.StartsWith("row group 3 is damaged", rejected.Reason);
        Assert.Equal(1001L, rejected.Record);
        Assert.Equal(500L, rejected.Rows);
        Assert.Equal(SampleRows.Rows.Count - 500, rows.Count);
        Assert.Equal(SampleRows.Rows.Count, statistics.Read + statistics.RejectedCount);
        Assert.Contains($"{path}: records 1001-1500: row group 3 is damaged", rejected.ToString());
    }

    [Theory]
    [InlineData("magic.parquet")]
    [InlineData("head.json")]
    public void A_file_too_damaged_to_recognise_is_refused_rather_than_read_as_csv(string name)
    {
        // Was: a Parquet file whose magic bytes were damaged had a comma in its first "line", so it was read
        // as a CSV export: hundreds of rejected "rows" of binary.
        string path = name.EndsWith(".parquet") ? _files.Parquet(name) : _files.AdvancedHuntingJson(name);
        var bytes = File.ReadAllBytes(path);
        bytes[0] = (byte)'X';
        bytes[1] = (byte)',';
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<InputFileException>(() => ServerEyeRun.RunQuery(ReadAll, $"DeviceNetworkEvents={path}"));
        Assert.StartsWith($"{path}: not a recognised telemetry file", e.Message);
    }

    [Fact]
    public void A_damaged_parquet_footer_is_an_input_error_naming_the_file()
    {
        string path = _files.Parquet("footer.parquet");
        var bytes = File.ReadAllBytes(path);
        for (int i = bytes.Length - 200; i < bytes.Length - 8; i++) bytes[i] = 0xFF;
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<InputFileException>(() => ServerEyeRun.RunQuery(ReadAll, $"DeviceNetworkEvents={path}"));
        Assert.Equal(path, e.Path);
        Assert.StartsWith($"{path}: not a readable Parquet file", e.Message);
    }
}
