using RmmHunt.Testing;

namespace RmmHunt.Generator.Tests;

/// <summary>The generator's column list agrees with the engine's embedded schema and with the Defender reference.</summary>
public class ColumnTests
{
    [Fact]
    public void Columns_are_the_defender_columns_of_the_embedded_schema_in_order()
    {
        var schema = File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "RmmHunt.Data", "Schemas", "DeviceNetworkEvents.csv"))
            .Skip(1).Select(l => l.Split(',')).Where(f => f[2] == "both").Select(f => f[0]);
        Assert.Equal(schema, DeviceNetworkEventsColumns.Names);
    }

    [Fact]
    public void Columns_are_the_reference_defender_schema_in_doc_order()
    {
        var reference = File.ReadAllLines(Path.Combine(RepoPaths.Reference, "data", "schema", "DeviceNetworkEvents.defender.csv"))
            .Skip(1).Select(l => l[..l.IndexOf(',')]);
        Assert.Equal(reference, DeviceNetworkEventsColumns.Names);
        Assert.Equal(44, DeviceNetworkEventsColumns.Names.Count);
    }
}
