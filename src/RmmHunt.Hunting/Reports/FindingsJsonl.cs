using System.Text.Json;
using RmmHunt.Hunting.Reports.Model;

namespace RmmHunt.Hunting.Reports;

/// <summary>One finding per line (JSON Lines), for log pipelines and <c>jq</c>; the run's summary is not repeated on every line.</summary>
public static class FindingsJsonl
{
    public static void Write(Stream stream, HuntReport report)
    {
        var options = new JsonWriterOptions { Encoder = JsonValues.Options.Encoder, Indented = false };
        foreach (var finding in report.Findings)
        {
            using (var json = new Utf8JsonWriter(stream, options)) FindingJson.Write(json, finding);
            stream.WriteByte((byte)'\n');
        }
    }
}
