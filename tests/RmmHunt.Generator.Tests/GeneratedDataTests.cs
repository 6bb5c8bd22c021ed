using System.Globalization;
using RmmHunt.Generator.Tests.Support;
using RmmHunt.Generator.Truth;

namespace RmmHunt.Generator.Tests;

/// <summary>Properties of a generated file with the default mix, checked by reading the CSV back.</summary>
public class GeneratedDataTests
{
    private static readonly GeneratorOptions Options = new() { Rows = 30_000, Seed = 5, Devices = 40 };
    private static readonly Lazy<(byte[] Csv, GroundTruth Truth)> Output = new(() => Generated.Run(Options));
    private static readonly Lazy<List<Dictionary<string, string>>> Rows = new(() => CsvTestReader.Rows(Generated.Text(Output.Value.Csv)));

    [Fact]
    public void Every_category_appears()
    {
        var counts = Output.Value.Truth.RowsByCategory;
        Assert.All(DeviceNetworkEventsGenerator.Categories(Options), category =>
            Assert.True(counts.GetValueOrDefault(category) > 0, $"no rows of {category}"));
        Assert.Equal(Options.Rows, counts.Values.Sum());
    }

    [Fact]
    public void The_file_is_utf8_without_bom_with_crlf_records_of_44_fields()
    {
        var csv = Output.Value.Csv;
        Assert.False(csv.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
        var records = CsvTestReader.Parse(Generated.Text(csv));
        Assert.Equal(DeviceNetworkEventsColumns.Names, records[0]);
        Assert.Equal(Options.Rows + 1, records.Count);
        Assert.All(records, r => Assert.Equal(44, r.Length));
    }

    [Fact]
    public void Rows_are_in_time_order_inside_the_window()
    {
        var times = Rows.Value.Select(r => DateTime.Parse(r["Timestamp"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal)).ToArray();
        Assert.All(times, t => Assert.InRange(t, Options.WindowStart, Options.WindowEnd));
        Assert.True(times.Zip(times.Skip(1)).All(p => p.First <= p.Second), "timestamps must not decrease");
    }

    [Fact]
    public void ReportIds_are_unique_across_the_file()
    {
        var ids = Rows.Value.Select(r => r["ReportId"]).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Processes_start_before_their_connections_and_parents_before_them()
    {
        foreach (var row in Rows.Value.Where(r => r["InitiatingProcessCreationTime"] != ""))
        {
            var created = DateTime.Parse(row["InitiatingProcessCreationTime"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
            var parent = DateTime.Parse(row["InitiatingProcessParentCreationTime"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
            var at = DateTime.Parse(row["Timestamp"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
            Assert.True(parent <= created && created <= at, $"ReportId {row["ReportId"]}: parent {parent:o}, process {created:o}, event {at:o}");
        }
    }

    [Fact]
    public void The_truth_recomputed_from_the_parsed_csv_is_the_truth_the_generator_returned()
    {
        var builder = new GroundTruthBuilder(Options);
        foreach (var row in Rows.Value) builder.Observe(ParsedEvent.From(row));
        var fromCsv = builder.Build();
        var returned = Output.Value.Truth;

        Assert.Equal(returned.MatchingEvents, fromCsv.MatchingEvents);
        Assert.Equal(returned.RemovedEvents, fromCsv.RemovedEvents);
        Assert.Equal(returned.RemovedByExclusion, fromCsv.RemovedByExclusion);
        AssertSameGroups(returned.GroupsWithoutExclusions, fromCsv.GroupsWithoutExclusions);
        AssertSameGroups(returned.GroupsWithExclusions, fromCsv.GroupsWithExclusions);
    }

    [Fact]
    public void The_rule_finds_something_and_the_exclusions_remove_some_of_it()
    {
        var truth = Output.Value.Truth;
        Assert.NotEmpty(truth.GroupsWithExclusions);
        Assert.All(truth.RemovedByExclusion.Values, removed => Assert.True(removed > 0));
        Assert.InRange(truth.RemovedEvents, 1, truth.MatchingEvents - 1);
        // Overlapping traits make some events count under two exclusions.
        Assert.True(truth.RemovedByExclusion.Values.Sum() > truth.RemovedEvents);
    }

    [Fact]
    public void The_attacker_suffix_host_with_the_true_vendor_is_a_finding() =>
        Assert.Contains(Output.Value.Truth.GroupsWithExclusions, g => g.RemoteUrl == "server-eye.de.attacker.example");

    [Fact]
    public void The_vendor_name_is_written_in_utf8_with_its_umlaut() =>
        Assert.Contains(Rows.Value, r => r["InitiatingProcessVersionInfoCompanyName"] == "Krämer IT Solutions GmbH");

    private static void AssertSameGroups(IReadOnlyList<ExpectedGroup> expected, IReadOnlyList<ExpectedGroup> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal((e.DeviceId, e.DeviceName, e.RemoteUrl, e.FirstSeen, e.LastSeen, e.Count),
                (a.DeviceId, a.DeviceName, a.RemoteUrl, a.FirstSeen, a.LastSeen, a.Count));
            Assert.Equal(e.ReportIds, a.ReportIds);
        }
    }
}
