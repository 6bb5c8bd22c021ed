using FsCheck.Xunit;
using RmmHunt.Generator.Tests.Support;

namespace RmmHunt.Generator.Tests;

/// <summary>Whatever the seed, size and fleet, the output is a well-formed export whose truth adds up.</summary>
public class GeneratorPropertyTests
{
    private static readonly int ReportIdColumn = DeviceNetworkEventsColumns.Names.ToList().IndexOf("ReportId");

    [Property(MaxTest = 25)]
    public void Any_options_give_a_well_formed_export(int seed, byte rows, byte devices)
    {
        var options = new GeneratorOptions { Seed = seed, Rows = rows * 7, Devices = 1 + devices % 60 };
        var (csv, truth) = Generated.Run(options);
        var records = CsvTestReader.Parse(Generated.Text(csv));

        Assert.Equal(options.Rows + 1, records.Count);
        Assert.All(records, r => Assert.Equal(44, r.Length));
        var reportIds = records.Skip(1).Select(r => r[ReportIdColumn]).ToArray();
        Assert.Equal(reportIds.Length, reportIds.Distinct().Count());
        Assert.Equal(options.Rows, truth.RowsByCategory.Values.Sum());
        Assert.Equal(truth.MatchingEvents, truth.GroupsWithoutExclusions.Sum(g => g.Count));
        Assert.Equal(truth.MatchingEvents - truth.RemovedEvents, truth.GroupsWithExclusions.Sum(g => g.Count));
    }
}
