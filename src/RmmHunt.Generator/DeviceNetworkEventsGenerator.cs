using RmmHunt.Generator.Internals.Csv;
using RmmHunt.Generator.Internals.Model;
using RmmHunt.Generator.Internals.Randomness;
using RmmHunt.Generator.Internals.Scenarios;
using RmmHunt.Generator.Truth;

namespace RmmHunt.Generator;

/// <summary>
/// Writes a synthetic DeviceNetworkEvents table as a Defender advanced-hunting CSV export, streaming row by
/// row, and returns the ground truth for the seed ServerEye rule computed from the rows it wrote.
/// </summary>
public static class DeviceNetworkEventsGenerator
{
    /// <summary>Writes the CSV to <paramref name="csv"/> (left open) and returns what the rule must find in it.</summary>
    public static GroundTruth Write(Stream csv, GeneratorOptions options)
    {
        options.Validate();
        var random = new DeterministicRandom(options.Seed);
        var fleet = Fleet.Build(options.Devices, options.Rows, options.WindowStart, random);
        var context = new ScenarioContext(random, fleet, options.RuleNow - ServerEyeNetworkRule.Lookback);
        var mix = ScenarioMix.Create(options.Mix, fleet);
        var edgeScenario = new WindowEdgeScenario();
        var edges = new WindowEdgePlan(options, ServerEyeNetworkRule.Lookback);
        var timeline = new Timeline(options.WindowStart, options.WindowEnd, options.Rows);
        var truth = new GroundTruthBuilder(options);
        var row = new NetworkEvent();

        using var writer = new Utf8CsvWriter(csv);
        NetworkEventCsvFormat.WriteHeader(writer);
        for (long i = 0; i < options.Rows; i++)
        {
            row.Reset();
            var slotTime = timeline.At(i, random);
            bool edge = edges.TryTake(i, slotTime, out var edgeTime);
            row.Timestamp = edge ? edgeTime : slotTime;
            (edge ? edgeScenario : mix.Pick(random)).Fill(row, context);
            truth.Observe(row);
            NetworkEventCsvFormat.WriteRow(writer, row);
        }
        return truth.Build();
    }

    /// <summary>Writes <paramref name="csvPath"/> and the truth beside it as <c>&lt;name&gt;.truth.json</c>.</summary>
    public static GroundTruth WriteFiles(string csvPath, GeneratorOptions options)
    {
        GroundTruth truth;
        using (var csv = new FileStream(csvPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            truth = Write(csv, options);
        }
        using var json = new FileStream(GroundTruthJson.PathBeside(csvPath), FileMode.Create, FileAccess.Write);
        GroundTruthJson.Write(truth, json);
        return truth;
    }

    /// <summary>The category names rows can carry, for checking that a generated file covers them all.</summary>
    public static IReadOnlyList<string> Categories(GeneratorOptions options)
    {
        options.Validate();
        var random = new DeterministicRandom(options.Seed);
        var fleet = Fleet.Build(options.Devices, options.Rows, options.WindowStart, random);
        var mix = ScenarioMix.Create(options.Mix, fleet);
        return [.. mix.Categories, .. new WindowEdgeScenario().Categories];
    }
}
