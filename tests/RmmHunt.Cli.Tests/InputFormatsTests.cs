using System.Text.Json;
using RmmHunt.Testing;

namespace RmmHunt.Cli.Tests;

/// <summary>The command line over other input forms: convert, Parquet, streaming exports, rejection limits, progress.</summary>
public sealed class InputFormatsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rmmhunt-cli-formats-" + Guid.NewGuid().ToString("N"));

    public InputFormatsTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    /// <summary>Every rule's result rows, each prefixed with its rule id.</summary>
    private static string Findings(CliResult run)
    {
        using var json = JsonDocument.Parse(run.Stdout);
        var rows = json.RootElement.GetProperty("rules").EnumerateArray()
            .Where(rule => rule.TryGetProperty("rows", out _)) // rules over tables without data have no rows
            .SelectMany(rule => rule.GetProperty("rows").EnumerateArray().Select(r => rule.GetProperty("id").GetString() + " " + r.GetRawText()));
        return string.Join("\n", rows.Order(StringComparer.Ordinal));
    }

    /// <summary>Which kinds of pack rule (by their file name: anydesk_network.yaml...) returned rows.</summary>
    private static string[] RuleKindsWithRows(CliResult run)
    {
        using var json = JsonDocument.Parse(run.Stdout);
        return json.RootElement.GetProperty("rules").EnumerateArray()
            .Where(rule => rule.TryGetProperty("rows", out var rows) && rows.GetArrayLength() > 0)
            .Select(rule => Path.GetFileNameWithoutExtension(rule.GetProperty("file").GetString()!).Split('_')[^1])
            .Where(kind => kind is "network" or "process" or "signature").Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Convert_writes_sorted_parquet_that_hunts_to_the_same_findings()
    {
        // All three sample tables: the whole pack's network, process and signature rules run over Parquet,
        // where the rows no rule's needles hold are skipped after decoding rather than before parsing.
        string output = Path.Combine(_dir, "parquet");
        var convert = Rmmhunt.Run("convert", "--data", Rmmhunt.AllSamples, "--output", output);
        Assert.True(convert.ExitCode == 0, convert.Stderr);
        Assert.Contains("DeviceNetworkEvents: 4,000 rows -> ", convert.Stderr);
        string parquet = Path.Combine(output, "DeviceNetworkEvents", "part-00000.parquet");
        Assert.True(File.Exists(parquet));
        var overCsv = Rmmhunt.Run("hunt", "--data", Rmmhunt.AllSamples, "--now", Rmmhunt.SampleNow, "--format", "json");
        var overParquet = Rmmhunt.Run("hunt", "--data", output, "--now", Rmmhunt.SampleNow, "--format", "json");
        Assert.True(overParquet.ExitCode == 0, overParquet.Stderr);
        Assert.Contains("\"findings\"", overParquet.Stdout);
        Assert.Equal(Findings(overCsv), Findings(overParquet));
        Assert.Equal(["network", "process", "signature"], RuleKindsWithRows(overParquet));
        Assert.Contains("table DeviceNetworkEvents (inferred from the file's metadata", overParquet.Stderr);
        Assert.Matches(@"DeviceNetworkEvents \(parquet\), [\d,]+ rows read, [1-9][\d,]* skipped by prefilter, 0 rejected", overParquet.Stderr);
    }

    [Fact]
    public void Strict_makes_a_rejected_row_fatal_naming_the_file_and_line()
    {
        string csv = Path.Combine(_dir, "DeviceNetworkEvents.csv");
        File.WriteAllText(csv, "Timestamp,RemotePort,RemoteUrl\n2024-10-06T00:00:00Z,443,a.example\n2024-10-06T00:00:01Z,https,b.example\n");
        var run = Rmmhunt.Run("query", "DeviceNetworkEvents | summarize max(RemotePort)", "--data", csv, "--strict");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"rejected row (--strict): {csv}:3: column RemotePort: \"https\" is not a int", run.Stderr);
    }

    [Fact]
    public void Max_errors_stops_the_run_after_that_many_rejected_rows()
    {
        string csv = Path.Combine(_dir, "DeviceNetworkEvents.csv");
        File.WriteAllText(csv, "RemotePort\n1\nx\n2\ny\nz\n3\n");
        var stopped = Rmmhunt.Run("query", "DeviceNetworkEvents | summarize max(RemotePort)", "--data", csv, "--max-errors", "2");
        Assert.Equal(3, stopped.ExitCode);
        Assert.Contains($"stopped after 2 rejected rows (--max-errors 2); the last: {csv}:5:", stopped.Stderr);
        var tolerated = Rmmhunt.Run("query", "DeviceNetworkEvents | summarize max(RemotePort)", "--data", csv, "--max-errors", "4");
        Assert.Equal(0, tolerated.ExitCode);
        Assert.Contains("3 rows read, 3 rejected", tolerated.Stderr);
    }

    [Fact]
    public void A_streaming_export_with_two_tables_reads_only_the_table_the_rules_use()
    {
        string path = Path.Combine(_dir, "events.json");
        File.WriteAllLines(path,
        [
            """{"category":"AdvancedHunting-DeviceNetworkEvents","properties":{"Timestamp":"2024-10-06T10:00:00Z","DeviceName":"pc1","RemoteUrl":"x.example"}}""",
            """{"category":"AdvancedHunting-DeviceProcessEvents","properties":{"Timestamp":"2024-10-06T10:00:01Z","DeviceName":"pc1","FileName":"cmd.exe"}}""",
            """{"category":"AdvancedHunting-DeviceNetworkEvents","properties":{"Timestamp":"2024-10-06T10:00:02Z","DeviceName":"pc2","RemoteUrl":"y.example"}}""",
        ]);
        var run = Rmmhunt.Run("query", "DeviceNetworkEvents | summarize n = count()", "--data", path, "--format", "csv");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("2", run.Stdout);
        Assert.Contains("table DeviceNetworkEvents (inferred from the records' category AdvancedHunting-DeviceNetworkEvents (one of 2 tables in the file))", run.Stderr);
        Assert.Contains("DeviceNetworkEvents (defender-streaming-json), 2 rows read, 0 rejected", run.Stderr);
        Assert.Contains("DeviceProcessEvents (defender-streaming-json), not read: no query uses DeviceProcessEvents", run.Stderr);
    }

    [Fact]
    public void Redirected_output_shows_no_progress_bar()
    {
        var run = Rmmhunt.Run("hunt", "--data", Rmmhunt.SampleCsv, "--now", Rmmhunt.SampleNow);
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("\u001b[", run.Stderr);
        Assert.DoesNotContain("reading inputs", run.Stderr);
    }
}
