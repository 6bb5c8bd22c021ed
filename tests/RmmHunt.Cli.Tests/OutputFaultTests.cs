namespace RmmHunt.Cli.Tests;

/// <summary>
/// Output that cannot be written (the path is a directory, the disk is full, the folder does not exist):
/// an error naming the path and the cause, exit status 6, and no half-written report at the path.
/// </summary>
public sealed class OutputFaultTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("query")]
    [InlineData("hunt")]
    public void An_output_path_that_is_a_directory_is_an_output_error_naming_it(string command)
    {
        var run = Rmmhunt.Run(Args(command, "--output", _folder.Path));
        Assert.Equal(ExitCodes.OutputError, run.ExitCode);
        Assert.Contains($"error: {_folder.Path}: is a directory", run.Stderr);
        Assert.Empty(_folder.Names);
    }

    [Theory]
    [InlineData("query")]
    [InlineData("hunt")]
    public void A_full_disk_is_an_output_error_naming_the_path_and_the_cause(string command)
    {
        if (!OperatingSystem.IsLinux()) return; // /dev/full: every write fails with ENOSPC
        var run = Rmmhunt.Run(Args(command, "--output", "/dev/full", "--format", "json"));
        Assert.Equal(ExitCodes.OutputError, run.ExitCode);
        Assert.Contains("error: /dev/full: cannot write the output: No space left on device", run.Stderr);
        // Written directly, never renamed over: the device is still a device.
        Assert.True(SpecialFiles.IsDeviceOrPipe("/dev/full"));
    }

    [Fact]
    public void An_output_in_a_folder_that_does_not_exist_is_an_output_error_naming_it()
    {
        string path = Path.Combine(_folder.Path, "no-such-folder", "out.json");
        var run = Rmmhunt.Run(Args("query", "--output", path));
        Assert.Equal(ExitCodes.OutputError, run.ExitCode);
        Assert.Contains($"error: {path}: cannot write the output", run.Stderr);
    }

    [Fact]
    public void A_run_that_fails_leaves_an_older_report_as_it_was()
    {
        string path = _folder.File("report.json");
        File.WriteAllText(path, "the previous report");
        var run = Rmmhunt.Run("query", Rmmhunt.EndlessQuery, "--data", Rmmhunt.SampleCsv, "--timeout", "1s", "--format", "json", "--output", path);
        Assert.Equal(ExitCodes.TimedOut, run.ExitCode);
        Assert.Equal("the previous report", File.ReadAllText(path));
        Assert.Equal(["report.json"], _folder.Names);
    }

    private static string[] Args(string command, params string[] output) => command == "hunt"
        ? ["hunt", "--data", Rmmhunt.SampleCsv, "--now", Rmmhunt.SampleNow, .. output]
        : ["query", "DeviceNetworkEvents | take 3", "--data", Rmmhunt.SampleCsv, .. output];
}
