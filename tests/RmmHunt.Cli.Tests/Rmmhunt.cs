using System.Diagnostics;
using RmmHunt.Testing;

namespace RmmHunt.Cli.Tests;

/// <summary>What one run of the rmmhunt program printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the real rmmhunt program (built beside the tests) in the repository root, as a user would.</summary>
internal static class Rmmhunt
{
    public static CliResult Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rmmhunt.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("rmmhunt did not finish within 2 minutes: " + string.Join(' ', args));
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string SampleCsv => Path.Combine("samples", "DeviceNetworkEvents.csv");
    public static string SampleExclusions => Path.Combine("samples", "exclusions.yaml");

    /// <summary>The --now at which the sample's data falls inside the rule's 5-day window.</summary>
    public const string SampleNow = "2024-10-07T00:00:00Z";
}
