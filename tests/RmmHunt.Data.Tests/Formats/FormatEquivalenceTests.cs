namespace RmmHunt.Data.Tests.Formats;

/// <summary>
/// The same telemetry in every export form gives the ServerEye rule the same result, with every row
/// accounted for, and the table told from the form's own evidence.
/// </summary>
public sealed class FormatEquivalenceTests : IDisposable
{
    private readonly FormatFixtures _fixtures = new();
    private static readonly Lazy<List<string>> Expected = new(() => ServerEyeRun.Run(SampleRows.Path).Rows);

    public void Dispose() => _fixtures.Dispose();

    public static TheoryData<string> Formats() =>
    [
        "advanced-hunting", "graph", "log-analytics", "adx-v1", "adx-v2", "streaming-lines", "streaming-document", "parquet",
        "advanced-hunting.gz", "streaming-lines.gz", "adx-v2.gz", "parquet.gz", "defender-csv.gz",
    ];

    private string Write(string format) => format switch
    {
        "advanced-hunting" => _fixtures.AdvancedHuntingJson(),
        "graph" => _fixtures.AdvancedHuntingJson("graph.json", graph: true),
        "log-analytics" => _fixtures.LogAnalyticsJson(),
        "adx-v1" => _fixtures.KustoV1Json(),
        "adx-v2" => _fixtures.KustoV2Json(),
        "streaming-lines" => _fixtures.StreamingLines(),
        "streaming-document" => _fixtures.StreamingDocument(),
        "parquet" => _fixtures.Parquet(),
        "defender-csv.gz" => _fixtures.Gzip(_fixtures.Bytes("export.csv", File.ReadAllBytes(SampleRows.Path))),
        _ when format.EndsWith(".gz") => _fixtures.Gzip(Write(format[..^3])),
        _ => throw new ArgumentException(format),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_gives_the_rule_the_same_result(string format)
    {
        string path = Write(format);
        var (rows, inputs) = ServerEyeRun.Run(path);
        Assert.NotEmpty(Expected.Value);
        Assert.Equal(Expected.Value, rows);
        var file = Assert.Single(inputs.Files);
        Assert.Equal("DeviceNetworkEvents", file.Table);
        Assert.NotNull(file.InferredFrom);
        Assert.Equal(SampleRows.Rows.Count, file.Statistics.Read + file.Statistics.Skipped);
        Assert.Equal(0, file.Statistics.RejectedCount);
        Assert.Equal(new FileInfo(path).Length, file.Statistics.Bytes);
    }

    [Fact]
    public void Sentinel_csv_gives_the_same_result_to_the_millisecond_it_keeps()
    {
        var (rows, inputs) = ServerEyeRun.Run(_fixtures.SentinelCsv());
        Assert.Equal(ServerEyeRun.ToMilliseconds(Expected.Value).First(), rows.First());
        Assert.Equal(ServerEyeRun.ToMilliseconds(Expected.Value), rows);
        Assert.Equal(0, inputs.Files.Single().Statistics.RejectedCount);
    }

    [Fact]
    public void Every_row_of_every_column_is_the_same_in_json_lines_and_parquet_as_in_csv()
    {
        const string All = "DeviceNetworkEvents | project-away TenantId, MachineGroup, TimeGenerated, SourceSystem, Type | sort by ReportId asc, Timestamp asc";
        var csv = ServerEyeRun.RunQuery(All, SampleRows.Path).Rows;
        Assert.Equal(SampleRows.Rows.Count, csv.Count);
        Assert.Equal(csv, ServerEyeRun.RunQuery(All, _fixtures.StreamingLines()).Rows);
        Assert.Equal(csv, ServerEyeRun.RunQuery(All, _fixtures.Parquet()).Rows);
        Assert.Equal(csv, ServerEyeRun.RunQuery(All, _fixtures.LogAnalyticsJson()).Rows);
    }
}
