namespace RmmHunt.Cli.Tests;

public class QueryCommandTests
{
    [Fact]
    public void Csv_output_has_a_header_iso_datetimes_compact_json_and_empty_nulls()
    {
        var run = Rmmhunt.Run("query",
            "DeviceNetworkEvents | take 1 | project T = datetime(2024-10-07 12:34:56.5), D = dynamic({'a':[1,2]}), N = long(null), S = 'x,y'",
            "--data", Rmmhunt.SampleCsv, "--format", "csv");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("T,D,N,S\r\n2024-10-07T12:34:56.5000000Z,\"{\"\"a\"\":[1,2]}\",,\"x,y\"\r\n", run.Stdout);
    }

    [Fact]
    public void Explicit_table_name_and_json_output()
    {
        var run = Rmmhunt.Run("query", "Net | summarize Rows = count()", "--data", "Net=" + Rmmhunt.SampleCsv, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("\"Rows\": 4000", run.Stdout);
        Assert.DoesNotContain("inferred", run.Stderr);
    }
}
