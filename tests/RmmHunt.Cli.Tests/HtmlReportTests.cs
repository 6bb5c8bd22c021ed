using System.Text.Json;
using System.Text.RegularExpressions;
using RmmHunt.Testing;

namespace RmmHunt.Cli.Tests;

/// <summary>
/// The HTML report opened in headless Chromium: the rendered page shows the run's summary, the findings
/// per tool and per device, one timeline bar per device and tool, and the suppression table, its
/// script ran, and it loads nothing from the network. The screenshot is kept as a test artifact
/// (artifacts/html-report.png under the test output folder).
/// </summary>
public class HtmlReportTests
{
    private static readonly string[] Hunt =
    [
        "hunt", "--data", "samples/DeviceNetworkEvents.csv", "samples/DeviceProcessEvents.csv", "samples/DeviceFileCertificateInfo.csv",
        "--exclusions", Rmmhunt.SampleExclusions, "--policy", Path.Combine("samples", "policy", "sanctioned-tools.yaml"), "--now", Rmmhunt.SampleNow,
    ];

    [Fact]
    public void The_rendered_report_shows_the_run()
    {
        string artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        string html = Path.Combine(artifacts, "html-report.html"), png = Path.Combine(artifacts, "html-report.png");
        File.Delete(png);
        Assert.Equal(0, Rmmhunt.Run([.. Hunt, "--format", "html", "--output", html]).ExitCode);
        using var json = JsonDocument.Parse(Rmmhunt.Run([.. Hunt, "--format", "json"]).Stdout);
        var root = json.RootElement;
        int findings = root.GetProperty("findings").GetArrayLength();
        var devices = root.GetProperty("devices").EnumerateArray().ToList();

        string page = File.ReadAllText(html);
        Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", page); // nothing to fetch: opens offline
        string profile = Path.Combine(Path.GetTempPath(), "rmmhunt-chromium-" + Guid.NewGuid().ToString("N"));
        try
        {
            string dom = Chromium.DumpDom(html, profile);
            Assert.Contains("data-script=\"ran\"", dom);
            Assert.Contains($"{findings} of {findings} findings shown", dom);
            string text = Regex.Replace(dom, "<[^>]+>", " ");
            Assert.Contains($"{root.GetProperty("summary").GetProperty("rulesRun").GetInt32()} rules run", text);
            foreach (var section in new[] { "summary", "tools", "devices", "timeline", "findings-by-tool", "findings-by-device", "suppressions" })
                Assert.Contains($"id=\"{section}\"", dom);
            foreach (var device in devices) Assert.Contains(device.GetProperty("device").GetString()!, text);
            foreach (var tool in root.GetProperty("tools").EnumerateArray().Where(t => t.GetProperty("findings").GetInt32() > 0))
                Assert.Contains($"{tool.GetProperty("tool").GetString()} · {tool.GetProperty("findings").GetInt32()} finding(s)", text);
            int bars = devices.Sum(d => d.GetProperty("tools").GetArrayLength());
            Assert.Equal(bars, Regex.Matches(dom, "<rect class=\"bar\"").Count);
            foreach (var suppression in root.GetProperty("suppressions").EnumerateArray())
                Assert.Contains(suppression.GetProperty("id").GetString()!, text);
            Assert.Contains("expired", text); // the policy's lapsed AnyDesk trial

            Chromium.Screenshot(html, png, profile);
            Assert.True(new FileInfo(png).Length > 10_000, "the screenshot should show a rendered page");
        }
        finally
        {
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
    }
}
