using RmmHunt.Testing;

namespace RmmHunt.Cli.Tests;

/// <summary>
/// The same inputs and <c>--now</c> give byte-identical JSON and CSV, whatever the thread scheduling:
/// the README's hunt over all samples is run several times, with one and with several scan workers,
/// and compared byte for byte with each other and with the committed golden outputs. A change that
/// alters the output on purpose regenerates them with <c>RMMHUNT_REGENERATE=1</c>; the diff then shows
/// what changed for users, in the spirit of comparing a whole timeline between versions.
/// </summary>
public class DeterminismTests
{
    private static string GoldenFolder => Path.Combine(RepoPaths.Root, "tests", "RmmHunt.Cli.Tests", "Golden");

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void Hunt_output_is_byte_identical_across_runs_and_thread_counts(string format)
    {
        var outputs = new List<string>();
        foreach (string processors in new[] { "1", "2", "4", "2" })
        {
            var run = Rmmhunt.RunWith(new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = processors },
                "hunt", "--data", Rmmhunt.AllSamples, "--exclusions", Rmmhunt.SampleExclusions, "--now", Rmmhunt.SampleNow, "--format", format);
            Assert.True(run.ExitCode == 0, run.Stderr);
            outputs.Add(run.Stdout);
        }
        Assert.All(outputs, output => Assert.Equal(outputs[0], output));

        string golden = Path.Combine(GoldenFolder, $"hunt-samples.{format}");
        if (Environment.GetEnvironmentVariable("RMMHUNT_REGENERATE") == "1") File.WriteAllText(golden, outputs[0]);
        Assert.True(File.Exists(golden), $"{golden} is missing: run RMMHUNT_REGENERATE=1 dotnet test tests/RmmHunt.Cli.Tests and commit it");
        Assert.True(File.ReadAllText(golden) == outputs[0],
            $"the hunt's {format} output differs from {golden}: if the change is intended, regenerate it (RMMHUNT_REGENERATE=1) and review the diff");
    }
}
