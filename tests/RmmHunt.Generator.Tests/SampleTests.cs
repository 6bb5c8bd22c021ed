using System.Text;
using RmmHunt.Generator.Tests.Support;
using RmmHunt.Generator.Truth;
using RmmHunt.Testing;

namespace RmmHunt.Generator.Tests;

/// <summary>
/// samples/ is reproducible: regenerating with <see cref="SampleDataset.Options"/> gives the committed CSV,
/// truth and README findings byte for byte. Set RMMHUNT_REGENERATE_SAMPLES=1 to rewrite them instead.
/// </summary>
public class SampleTests
{
    private const string FindingsBegin = "<!-- expected-findings:begin -->\n";
    private const string FindingsEnd = "<!-- expected-findings:end -->";

    private static readonly bool Regenerate = Environment.GetEnvironmentVariable("RMMHUNT_REGENERATE_SAMPLES") == "1";
    private static readonly Lazy<(byte[] Csv, GroundTruth Truth)> Output = new(() => Generated.Run(SampleDataset.Options));

    private static string SamplePath(string name) => Path.Combine(RepoPaths.Samples, name);

    [Fact]
    public void Regenerating_reproduces_the_sample_csv_byte_for_byte()
    {
        var path = SamplePath(SampleDataset.CsvFileName);
        if (Regenerate) File.WriteAllBytes(path, Output.Value.Csv);
        Assert.True(File.ReadAllBytes(path).AsSpan().SequenceEqual(Output.Value.Csv), "samples/DeviceNetworkEvents.csv differs from a fresh generation");
    }

    [Fact]
    public void Regenerating_reproduces_the_sample_truth_byte_for_byte()
    {
        var path = SamplePath(SampleDataset.TruthFileName);
        string json = GroundTruthJson.ToJson(Output.Value.Truth);
        if (Regenerate) File.WriteAllText(path, json, new UTF8Encoding(false));
        Assert.Equal(json, File.ReadAllText(path));
    }

    [Fact]
    public void The_readme_shows_the_findings_of_the_truth()
    {
        var path = SamplePath("README.md");
        string findings = GroundTruthMarkdown.Render(Output.Value.Truth);
        if (Regenerate)
        {
            var (before, _, after) = SplitAtFindings(File.ReadAllText(path).ReplaceLineEndings("\n"));
            File.WriteAllText(path, before + findings + after, new UTF8Encoding(false));
        }
        string readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(findings, SplitAtFindings(readme).Findings);
        Assert.Contains(SampleDataset.Options.WindowEnd.ToString("yyyy-MM-ddTHH:mm:ssZ"), readme);
    }

    [Fact]
    public void The_sample_covers_every_category()
    {
        var counts = Output.Value.Truth.RowsByCategory;
        Assert.All(DeviceNetworkEventsGenerator.Categories(SampleDataset.Options), c => Assert.True(counts.GetValueOrDefault(c) > 0, c));
    }

    [Fact]
    public void The_sample_has_findings_that_the_exclusions_only_partly_remove()
    {
        var truth = Output.Value.Truth;
        Assert.NotEmpty(truth.GroupsWithExclusions);
        Assert.All(truth.RemovedByExclusion.Values, removed => Assert.True(removed > 0));
        Assert.True(truth.RemovedEvents < truth.MatchingEvents);
    }

    private static (string Before, string Findings, string After) SplitAtFindings(string readme)
    {
        int begin = readme.IndexOf(FindingsBegin, StringComparison.Ordinal);
        int end = readme.IndexOf(FindingsEnd, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "README lacks the expected-findings markers");
        begin += FindingsBegin.Length;
        return (readme[..begin], readme[begin..end], readme[end..]);
    }
}
