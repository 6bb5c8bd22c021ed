using System.Diagnostics;
using System.Runtime.InteropServices;

namespace RmmHunt.Cli.Tests;

/// <summary>
/// Ctrl-C (SIGINT) stops a run promptly with exit status 130, and no report is left behind, not even a
/// temporary one.
/// </summary>
public sealed partial class InterruptTests : IDisposable
{
    private const int SigInt = 2;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [Fact]
    public async Task Ctrl_C_stops_a_running_query_promptly_and_leaves_no_output()
    {
        if (OperatingSystem.IsWindows()) return; // no SIGINT to send
        using var process = Rmmhunt.Start("query", Rmmhunt.EndlessQuery, "--data", Rmmhunt.SampleCsv, "--format", "json", "--output", _folder.File("out.json"));
        var stderr = new System.Text.StringBuilder();
        var started = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr) stderr.AppendLine(e.Data);
            if (e.Data?.Contains("table DeviceNetworkEvents") == true) started.TrySetResult();
        };
        process.BeginErrorReadLine();
        // The inputs are open (their note printed): the query is running, and will run for minutes.
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await Task.Delay(1000);
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, Kill(process.Id, SigInt));
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "rmmhunt did not stop on SIGINT");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {clock.Elapsed}");
        process.WaitForExit();
        Assert.Equal(ExitCodes.Cancelled, process.ExitCode);
        lock (stderr) Assert.Contains("cancelled", stderr.ToString());
        Assert.Empty(_folder.Names);
    }
}
