using System.IO.Compression;
using System.Text;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Data.Tests.Formats;

/// <summary>
/// A corpus of broken inputs: each damage is rejected where it happens (file, line or record, column,
/// reason), counted once, and every row that can still be read safely is read.
/// </summary>
public sealed class BrokenInputTests : IDisposable
{
    /// <summary>Counts rows, reading (so converting) the columns the corpus damages.</summary>
    private const string Count = "DeviceNetworkEvents | where strlen(strcat(Timestamp, RemotePort, RemoteUrl)) >= 0 | summarize n = count()";
    private readonly FormatFixtures _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    private static string Line(int port, string url = "a.example") =>
        "{\"category\":\"AdvancedHunting-DeviceNetworkEvents\",\"properties\":{\"Timestamp\":\"2024-10-01T10:00:00.1234567Z\",\"RemotePort\":"
        + port + ",\"RemoteUrl\":\"" + url + "\",\"AdditionalFields\":null}}";

    private static (long N, ScanStatistics Stats) CountRows(string path, string table = "")
    {
        var (rows, inputs) = ServerEyeRun.RunQuery(Count, table.Length > 0 ? $"{table}={path}" : path);
        return (long.Parse(rows.Single()), inputs.Files.Single().Statistics);
    }

    [Fact]
    public void A_line_that_is_not_json_is_rejected_and_the_lines_after_it_are_read()
    {
        string path = _fixtures.File("lines.json", Line(1) + "\n" + "this is not json\n" + Line(2) + "\n");
        var (n, stats) = CountRows(path);
        Assert.Equal(2, n);
        var rejected = Assert.Single(stats.Rejections);
        Assert.Equal((2L, 2L), (rejected.Line, rejected.Record!.Value));
        Assert.StartsWith("not valid JSON", rejected.Reason);
        Assert.Equal($"{path}:2: record 2: {rejected.Reason}", rejected.ToString());
    }

    [Fact]
    public void A_half_written_last_line_is_rejected_as_such()
    {
        string path = _fixtures.File("half.json", Line(1) + "\n" + Line(2) + "\n" + Line(3)[..40]);
        var (n, stats) = CountRows(path);
        Assert.Equal(2, n);
        var rejected = Assert.Single(stats.Rejections);
        Assert.Equal(3L, rejected.Line);
        Assert.Contains("half-written", rejected.Reason);
    }

    [Fact]
    public void A_value_of_the_wrong_type_rejects_its_record_naming_the_column()
    {
        string bad = Line(1).Replace("\"RemotePort\":1", "\"RemotePort\":\"https\"");
        string path = _fixtures.File("badtype.json", Line(1) + "\n" + bad + "\n" + Line(3) + "\n");
        var (n, stats) = CountRows(path);
        Assert.Equal(2, n);
        var rejected = Assert.Single(stats.Rejections);
        Assert.Equal((2L, "RemotePort", "\"https\" is not a int"), (rejected.Line, rejected.Column, rejected.Reason));
    }

    [Fact]
    public void Records_that_are_not_objects_or_lack_properties_are_rejected()
    {
        string path = _fixtures.File("shapes.json", Line(1) + "\n[1,2]\n{\"category\":\"AdvancedHunting-DeviceNetworkEvents\",\"time\":\"x\"}\n");
        var (n, stats) = CountRows(path, "DeviceNetworkEvents");
        Assert.Equal(1, n);
        Assert.Equal(["a record must be a JSON object, not an array", "the record has no \"properties\" object"], stats.Rejections.Select(r => r.Reason));
    }

    [Fact]
    public void A_truncated_gzip_keeps_the_rows_before_the_cut_and_reports_the_loss()
    {
        string text = string.Concat(Enumerable.Range(0, 20000).Select(i => Line(i, $"host{i}.example") + "\n"));
        string gz = _fixtures.Gzip(_fixtures.File("big.json", text));
        var bytes = File.ReadAllBytes(gz);
        string cut = _fixtures.Bytes("cut.json.gz", bytes[..(bytes.Length / 2)]);
        var (n, stats) = CountRows(cut, "DeviceNetworkEvents");
        Assert.InRange(n, 1000, 19999);
        Assert.Contains(stats.Rejections, r => r.Reason.Contains("the gzip data ends early"));
        Assert.Contains(stats.Rejections, r => r.Reason.Contains("half-written"));
        Assert.Equal(2, stats.RejectedCount);
        Assert.Equal(bytes.Length / 2, stats.Bytes);
    }

    [Fact]
    public void A_damaged_gzip_is_reported()
    {
        string text = string.Concat(Enumerable.Range(0, 20000).Select(i => Line(i, $"host{i}.example") + "\n"));
        var bytes = File.ReadAllBytes(_fixtures.Gzip(_fixtures.File("big2.json", text)));
        for (int i = bytes.Length / 2; i < bytes.Length / 2 + 64; i++) bytes[i] ^= 0x5a;
        var (n, stats) = CountRows(_fixtures.Bytes("damaged.json.gz", bytes), "DeviceNetworkEvents");
        Assert.InRange(n, 1, 19999);
        Assert.Contains(stats.Rejections, r => r.Reason.StartsWith("the compressed data is damaged"));
    }

    [Fact]
    public void A_truncated_gzip_csv_is_reported_after_the_rows_before_the_cut()
    {
        var csv = File.ReadAllBytes(SampleRows.Path);
        string gz = _fixtures.Gzip(_fixtures.Bytes("sample.csv", csv));
        var bytes = File.ReadAllBytes(gz);
        var (n, stats) = CountRows(_fixtures.Bytes("cut.csv.gz", bytes[..(bytes.Length * 3 / 4)]), "DeviceNetworkEvents");
        Assert.InRange(n, 100, SampleRows.Rows.Count - 1);
        Assert.Contains(stats.Rejections, r => r.Reason.Contains("the gzip data ends early"));
    }

    [Fact]
    public void A_document_cut_short_keeps_its_rows_and_says_the_rest_cannot_be_read()
    {
        string text = File.ReadAllText(_fixtures.AdvancedHuntingJson());
        string cut = _fixtures.File("cut-ah.json", text[..(text.Length / 2)]);
        var (n, stats) = CountRows(cut, "DeviceNetworkEvents");
        Assert.InRange(n, 100, SampleRows.Rows.Count - 1);
        var rejected = Assert.Single(stats.Rejections);
        Assert.EndsWith("the rest of the file cannot be read", rejected.Reason);
        Assert.Contains("ends inside", rejected.Reason);
    }

    [Fact]
    public void A_bad_value_in_an_api_response_rejects_that_record_only()
    {
        string json = """
            {"Schema":[{"Name":"Timestamp","Type":"DateTime"},{"Name":"RemotePort","Type":"Int32"}],
             "Results":[{"Timestamp":"2024-10-01T10:00:00Z","RemotePort":443},
                        {"Timestamp":"yesterday","RemotePort":80},
                        {"Timestamp":"2024-10-01T11:00:00Z","RemotePort":null}]}
            """;
        var (n, stats) = CountRows(_fixtures.File("ah.json", json), "DeviceNetworkEvents");
        Assert.Equal(2, n);
        var rejected = Assert.Single(stats.Rejections);
        Assert.Equal((3L, 2L, "Timestamp", "\"yesterday\" is not a datetime"), (rejected.Line, rejected.Record!.Value, rejected.Column, rejected.Reason));
    }

    [Fact]
    public void A_syntax_error_inside_a_document_stops_it_there()
    {
        string json = "{\"tables\":[{\"name\":\"PrimaryResult\",\"columns\":[{\"name\":\"RemotePort\",\"type\":\"int\"}],\n\"rows\":[[1],\n[2],\n[3 4],\n[5]]}]}";
        var (n, stats) = CountRows(_fixtures.File("la.json", json), "DeviceNetworkEvents");
        Assert.Equal(2, n);
        var rejected = Assert.Single(stats.Rejections);
        Assert.Equal(4L, rejected.Line);
        Assert.StartsWith("malformed JSON", rejected.Reason);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_values_and_a_service_error_in_place_of_a_row_are_rejected()
    {
        string json = """
            [{"FrameType":"DataSetHeader"},
             {"FrameType":"DataTable","TableKind":"PrimaryResult","Columns":[{"ColumnName":"RemotePort","ColumnType":"int"},{"ColumnName":"RemoteUrl","ColumnType":"string"}],
              "Rows":[[1,"a"],[2],{"OneApiErrors":[{"error":{"message":"partial query failure"}}]},[4,"d"]]},
             {"FrameType":"DataSetCompletion","HasErrors":true}]
            """;
        var (n, stats) = CountRows(_fixtures.File("v2.json", json), "DeviceNetworkEvents");
        Assert.Equal(2, n);
        Assert.Equal(2, stats.RejectedCount);
        Assert.Equal("the row has 1 values, the table 2 columns", stats.Rejections[0].Reason);
        Assert.Contains("partial query failure", stats.Rejections[1].Reason);
        Assert.Contains(stats.Warnings, w => w.Contains("the query had errors"));
    }

    [Fact]
    public void Missing_columns_are_null_with_one_warning_per_file()
    {
        string json = """{"tables":[{"name":"PrimaryResult","columns":[{"name":"RemotePort","type":"int"}],"rows":[[1],[2]]}]}""";
        var (rows, inputs) = ServerEyeRun.RunQuery("DeviceNetworkEvents | where isnull(Timestamp) | summarize n = count()", $"DeviceNetworkEvents={_fixtures.File("few.json", json)}");
        Assert.Equal(["2"], rows);
        var warning = Assert.Single(inputs.Files.Single().Statistics.Warnings);
        Assert.Equal("the file has no column Timestamp: null in every row", warning);
    }

    [Fact]
    public void Every_byte_and_row_of_a_gzip_file_is_counted()
    {
        string gz = _fixtures.Gzip(_fixtures.StreamingLines());
        var (n, stats) = CountRows(gz);
        Assert.Equal(SampleRows.Rows.Count, n);
        Assert.Equal(new FileInfo(gz).Length, stats.Bytes);
        Assert.Empty(stats.Rejections);
        Assert.True(Encoding.UTF8.GetByteCount(File.ReadAllText(gz.Replace(".gz", ""))) > stats.Bytes, "bytes are counted on disk (compressed)");
        _ = CompressionLevel.Fastest;
    }
}
