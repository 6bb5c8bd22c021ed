using RmmHunt.Data.Schemas;
using RmmHunt.Testing;

namespace RmmHunt.Data.Tests;

public class TableInferenceTests
{
    private readonly TableInference _inference = new();

    [Theory]
    [InlineData("DeviceNetworkEvents.csv", "DeviceNetworkEvents")]
    [InlineData("/exports/devicenetworkevents_2024-10-07.csv", "DeviceNetworkEvents")]
    [InlineData("DeviceFileCertificateInfo-part1.csv", "DeviceFileCertificateInfo")]
    [InlineData("DeviceFileEvents.csv", "DeviceFileEvents")]
    public void File_name_starting_with_a_table_name_decides(string path, string table)
    {
        var guess = _inference.FromFileName(path)!;
        Assert.Equal(table, guess.Table.Name);
        Assert.Equal(InferenceRule.FileName, guess.Rule);
    }

    [Fact]
    public void Unrelated_file_name_decides_nothing() => Assert.Null(_inference.FromFileName("export.csv"));

    [Fact]
    public void Full_defender_header_picks_its_table()
    {
        foreach (var table in BuiltInSchemas.Instance.Tables)
        {
            var guess = _inference.FromHeader(table.DefenderColumns.Select(c => c.Name).ToList())!;
            Assert.Equal(table.Name, guess.Table.Name);
            Assert.Equal(InferenceRule.Header, guess.Rule);
        }
    }

    [Fact]
    public void Sentinel_header_with_zone_suffixes_picks_its_table()
    {
        var names = BuiltInSchemas.Instance.FindTable("DeviceProcessEvents")!.Columns
            .Select(c => c.Name is "Timestamp" or "TimeGenerated" ? c.Name + " [UTC]" : c.Name).ToList();
        Assert.Equal("DeviceProcessEvents", _inference.FromHeader(names)!.Table.Name);
    }

    [Fact]
    public void Header_that_fits_several_tables_equally_decides_nothing() =>
        Assert.Null(_inference.FromHeader(["Timestamp", "DeviceName", "SomethingElse"]));

    [Fact]
    public void File_name_wins_over_header()
    {
        var header = BuiltInSchemas.Instance.DefenderExportOrder("DeviceProcessEvents")!;
        var guess = _inference.Infer("DeviceNetworkEvents.csv", header)!;
        Assert.Equal(("DeviceNetworkEvents", InferenceRule.FileName), (guess.Table.Name, guess.Rule));
    }

    [Fact]
    public void Real_union_export_is_inferred_from_its_header()
    {
        var guess = _inference.InferFile(Path.Combine(RepoPaths.Reference, "data/samples/dafneb/defender_hunting/tests/data/advanced_hunting_test.csv"))!;
        Assert.Equal(InferenceRule.Header, guess.Rule);
        // A union of process, network and device events: the process table knows 58 of its 72 columns, more than any other.
        Assert.Equal("DeviceProcessEvents", guess.Table.Name);
    }
}
