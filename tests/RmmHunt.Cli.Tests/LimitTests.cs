using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace RmmHunt.Cli.Tests;

/// <summary>
/// --timeout, --max-memory and --max-gzip-ratio: a run that reaches a limit stops with a message naming
/// it and an exit status of its own (README), and leaves no report behind.
/// </summary>
public sealed class LimitTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_query_past_its_timeout_stops_naming_the_limit()
    {
        var clock = Stopwatch.StartNew();
        var run = Rmmhunt.Run("query", Rmmhunt.EndlessQuery, "--data", Rmmhunt.SampleCsv, "--timeout", "2s", "--output", _folder.File("out.csv"));
        Assert.Equal(ExitCodes.TimedOut, run.ExitCode);
        Assert.Contains("error: query stopped: --timeout 2s reached", run.Stderr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}"); // the query alone runs for minutes
        Assert.Empty(_folder.Names);
    }

    [Fact]
    public void A_hunt_past_its_timeout_stops_naming_the_limit()
    {
        string rules = _folder.File("endless.yaml");
        File.WriteAllText(rules, $"id: 00000000-0000-0000-0000-000000000001\nname: Endless\nquery: |\n  {Rmmhunt.EndlessQuery}\n");
        var run = Rmmhunt.Run("hunt", "--data", Rmmhunt.SampleCsv, "--rules", rules, "--timeout", "1500ms", "--format", "json", "--output", _folder.File("report.json"));
        Assert.Equal(ExitCodes.TimedOut, run.ExitCode);
        Assert.Contains("error: query stopped: --timeout 1500ms reached", run.Stderr);
        Assert.Equal(["endless.yaml"], _folder.Names);
    }

    [Fact]
    public void A_query_whose_groups_outgrow_the_memory_budget_stops_naming_summarize_and_the_limit()
    {
        var run = Rmmhunt.Run("query", "range x from 1 to 300000 step 1 | summarize count() by tostring(x)", "--data", Rmmhunt.SampleCsv, "--max-memory", "1MB");
        Assert.Equal(ExitCodes.MemoryLimit, run.ExitCode);
        Assert.Contains("error: query stopped: summarize state exceeded --max-memory 1MB", run.Stderr);
    }

    [Fact]
    public void A_hunt_beyond_the_memory_budget_stops_naming_the_limit()
    {
        var run = Rmmhunt.Run("hunt", "--data", Rmmhunt.SampleCsv, "--now", Rmmhunt.SampleNow, "--max-memory", "8KB");
        Assert.Equal(ExitCodes.MemoryLimit, run.ExitCode);
        Assert.Matches(@"error: query stopped: .+ exceeded --max-memory 8KB", run.Stderr);
    }

    [Theory]
    [InlineData("--timeout", "30")]
    [InlineData("--timeout", "soon")]
    [InlineData("--max-memory", "lots")]
    [InlineData("--max-memory", "0MB")]
    [InlineData("--max-gzip-ratio", "0")]
    public void A_limit_that_is_not_a_quantity_is_a_usage_error(string option, string value)
    {
        var run = Rmmhunt.Run("query", "print 1", "--data", Rmmhunt.SampleCsv, option, value);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(option, run.Stderr);
    }

    [Fact]
    public void A_gzip_bomb_is_refused_naming_the_file_and_a_higher_ratio_reads_it()
    {
        // 24 MB of one repeated row compress to about 25 KB: a thousand times smaller, as a bomb is.
        string bomb = _folder.File("DeviceNetworkEvents.csv.gz");
        using (var gzip = new GZipStream(File.Create(bomb), CompressionLevel.SmallestSize))
        {
            gzip.Write("Timestamp,RemoteUrl\n"u8);
            var row = Encoding.UTF8.GetBytes("2024-10-01T00:00:00Z,a.example\n");
            for (int i = 0; i < (24 << 20) / row.Length; i++) gzip.Write(row);
        }
        var refused = Rmmhunt.Run("query", "DeviceNetworkEvents | count", "--data", bomb);
        Assert.Equal(ExitCodes.InputError, refused.ExitCode);
        Assert.Contains($"error: {bomb}: the gzip data expands to more than", refused.Stderr);
        Assert.Contains("(a decompression bomb?)", refused.Stderr);

        var read = Rmmhunt.Run("query", "DeviceNetworkEvents | count", "--data", bomb, "--max-gzip-ratio", "5000", "--format", "csv");
        Assert.True(read.ExitCode == 0, read.Stderr);
        Assert.Equal($"Count\r\n{(24 << 20) / 31}\r\n", read.Stdout);
    }
}
