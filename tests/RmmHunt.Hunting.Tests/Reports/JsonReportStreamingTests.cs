using System.Text.Json;
using RmmHunt.Hunting.Findings;
using RmmHunt.Hunting.Reports;
using RmmHunt.Hunting.Reports.Model;

namespace RmmHunt.Hunting.Tests.Reports;

/// <summary>
/// A JSON report of thousands of findings reaches its stream as it is written, in pieces of about 64 KB,
/// not built whole in memory first; the pieces make one valid document.
/// </summary>
public sealed class JsonReportStreamingTests
{
    private sealed class RecordingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes.Add(buffer.Length);
            base.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }
    }

    [Fact]
    public void Findings_are_written_as_they_go()
    {
        var findings = Enumerable.Range(0, 5000).Select(i => new Finding
        {
            RuleId = $"rule-{i % 7}", RuleName = "Remote tool seen", Tool = "AnyDesk", Device = $"device-{i}.contoso.local",
            FirstSeen = new DateTime(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i), Count = i,
            Details = [new("DeviceName", $"device-{i}.contoso.local"), new("RemoteUrl", "relay.anydesk.com")],
        }).ToList();
        var report = new HuntReport
        {
            Now = new DateTime(2024, 10, 7, 0, 0, 0, DateTimeKind.Utc), Rules = [], Findings = findings, Tools = [], Devices = [],
            Suppressions = [], Skipped = [], SkipGroups = [], Inputs = [], Warnings = [],
        };
        using var stream = new RecordingStream();

        HuntJsonReport.Write(stream, report);

        Assert.True(stream.Length > 2_000_000);
        Assert.True(stream.Writes.Count > 20, $"{stream.Writes.Count} writes");
        Assert.True(stream.Writes.Max() < 256 * 1024, $"largest write {stream.Writes.Max():N0} bytes");
        using var document = JsonDocument.Parse(stream.ToArray());
        var written = document.RootElement.GetProperty("findings");
        Assert.Equal(5000, written.GetArrayLength());
        Assert.Equal("device-4999.contoso.local", written[4999].GetProperty("device").GetString());
        Assert.Equal("2024-10-04T11:19:00.0000000Z", written[4999].GetProperty("firstSeen").GetString());
    }
}
