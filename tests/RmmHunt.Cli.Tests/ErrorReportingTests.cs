using RmmHunt.Testing;

namespace RmmHunt.Cli.Tests;

/// <summary>Broken rules and queries: a clear message with file, line, column and caret, and a non-zero exit.</summary>
public class ErrorReportingTests
{
    private static string UpstreamServerEyeRule => Path.Combine(RepoPaths.Reference, "rmm", "jischell-msft__RemoteManagementMonitoringTools", "RMM", "ServerEye", "rmm_ServerEye_netconn.yaml");

    [Fact]
    public void Upstream_rule_grouping_by_a_missing_column_names_the_column_and_the_table()
    {
        var run = Rmmhunt.Run("hunt", "--data", Rmmhunt.SampleCsv, "--rules", UpstreamServerEyeRule, "--now", Rmmhunt.SampleNow);
        Assert.NotEqual(0, run.ExitCode);
        var error = run.Stdout + run.Stderr;
        Assert.Contains("rmm_ServerEye_netconn.yaml:", error);
        Assert.Contains("unknown column 'AccountUpn'", error);
        Assert.Contains("DeviceNetworkEvents", error);
        Assert.Matches(@"\n\s+\^+", error);
    }

    [Fact]
    public void Query_syntax_error_points_at_line_and_column()
    {
        string file = Path.Combine(Path.GetTempPath(), $"rmmhunt-{Guid.NewGuid():N}.kql");
        File.WriteAllText(file, "DeviceNetworkEvents\n| where RemotePort == \n| take 1\n");
        try
        {
            var run = Rmmhunt.Run("query", "--file", file, "--data", Rmmhunt.SampleCsv);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"{file}:3:1: error", run.Stderr);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Type_error_names_both_types()
    {
        var run = Rmmhunt.Run("query", "DeviceNetworkEvents | where RemotePort > 'https'", "--data", Rmmhunt.SampleCsv);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("int", run.Stderr);
        Assert.Contains("string", run.Stderr);
    }

    [Fact]
    public void Missing_input_file_is_an_input_error()
    {
        var run = Rmmhunt.Run("query", "DeviceNetworkEvents | count", "--data", "no/such/file.csv");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("no/such/file.csv", run.Stderr);
    }
}
