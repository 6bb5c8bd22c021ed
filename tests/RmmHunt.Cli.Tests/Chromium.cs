using System.Diagnostics;

namespace RmmHunt.Cli.Tests;

/// <summary>
/// Debian's headless Chromium, as the HTML report test drives it: no sandbox (CI runs as root), no GPU,
/// no background networking, a fresh profile per run. <c>.ci/run</c> installs the package.
/// </summary>
internal static class Chromium
{
    public static string Executable =>
        Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path
        : new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
          ?? throw new InvalidOperationException("chromium is not installed: install Debian's chromium package (.ci/run does) or set CHROMIUM");

    /// <summary>The DOM after the page's scripts ran.</summary>
    public static string DumpDom(string htmlFile, string profile) => Run(profile, "--dump-dom", new Uri(htmlFile).AbsoluteUri).Stdout;

    public static void Screenshot(string htmlFile, string pngFile, string profile) =>
        Run(profile, $"--screenshot={pngFile}", "--window-size=1400,2600", new Uri(htmlFile).AbsoluteUri);

    private static (string Stdout, string Stderr) Run(string profile, params string[] args)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", $"--user-data-dir={profile}" }.Concat(args))
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 2 minutes");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {stderr.Result}");
        return (stdout.Result, stderr.Result);
    }
}
