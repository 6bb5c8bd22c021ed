using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Sources;
using RmmHunt.Hunting.Rules;
using RmmHunt.Hunting.Rules.Cache;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Hunting.Tests;

/// <summary>The scan sketches kept between hunts: what is written comes back whole, and only for the same table schemas.</summary>
public sealed class SketchCacheTests : IDisposable
{
    private readonly TempDirectory _cache = new();

    private static readonly HuntingRule Rule = HuntScenario.Rules()[0];

    private static readonly ScanSketch Sketch = new(
        "DeviceNetworkEvents", [0, 2, 5],
        new NeedleConjunction([NeedleClause.In("RemoteUrl", ["anydesk.com", "anydesk.net"]), new NeedleClause(["x.exe"])]),
        new SketchTimeRange("Timestamp", new SketchTimeBound(FromNow: true, TimeSpan.FromDays(-5).Ticks), new SketchTimeBound(FromNow: false, new DateTime(2024, 10, 7).Ticks)),
        new TableSchema("", [new ColumnSymbol("DeviceName", KqlType.String), new ColumnSymbol("Count", KqlType.Long)]));

    private static SchemaSet Schemas(params string[] tables) => new(tables.Select(TestData.Defender));

    [Fact]
    public void A_kept_sketch_comes_back_whole_in_the_next_hunt()
    {
        var first = SketchCache.Open(_cache.Path, Schemas("DeviceNetworkEvents"));
        Assert.Null(first.Find(Rule));
        first.Add(Rule, Sketch);
        first.Save();

        var found = SketchCache.Open(_cache.Path, Schemas("DeviceNetworkEvents")).Find(Rule);

        Assert.NotNull(found);
        Assert.Equal(Sketch.TableName, found.TableName);
        Assert.Equal(Sketch.Columns, found.Columns);
        Assert.Equal(Sketch.Needles!.ToString(), found.Needles!.ToString());
        Assert.Equal(["RemoteUrl", "RemoteUrl"], found.Needles.Clauses[0].Columns!);
        Assert.Null(found.Needles.Clauses[1].Columns);
        Assert.Equal(Sketch.Time, found.Time);
        Assert.Equal(Sketch.Result.Columns, found.Result.Columns);
    }

    [Fact]
    public void Hunts_over_other_tables_keep_their_own_sketches_and_share_one_file_with_other_rules()
    {
        var network = SketchCache.Open(_cache.Path, Schemas("DeviceNetworkEvents"));
        network.Add(Rule, Sketch);
        network.Save();
        var other = HuntScenario.Rules()[1];
        var sameTables = SketchCache.Open(_cache.Path, Schemas("DeviceNetworkEvents"));
        sameTables.Add(other, Sketch with { TableName = "Other" });
        sameTables.Save();

        Assert.Null(SketchCache.Open(_cache.Path, Schemas("DeviceNetworkEvents", "DeviceProcessEvents")).Find(Rule));
        var reopened = SketchCache.Open(_cache.Path, Schemas("DeviceNetworkEvents"));
        Assert.Equal("DeviceNetworkEvents", reopened.Find(Rule)?.TableName);
        Assert.Equal("Other", reopened.Find(other)?.TableName);
    }

    public void Dispose() => _cache.Dispose();
}
