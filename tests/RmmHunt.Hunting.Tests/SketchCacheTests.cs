using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Sources;
using RmmHunt.Hunting.Rules;
using RmmHunt.Hunting.Rules.Cache;
using RmmHunt.Hunting.Runner;
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

    [Fact]
    public void A_sketch_its_rules_plan_does_not_fit_fails_that_rule_once_and_is_forgotten()
    {
        var rules = HuntScenario.Rules();
        var schemas = new SchemaSet([TestData.Defender("DeviceNetworkEvents")]);
        HuntResult Hunt() => new HuntRunner(schemas, new TableSet([HuntScenario.ConnectionsTable()]))
            .Run(rules, null, new HuntOptions(EngineRun.Now) { Sketches = SketchCache.Open(_cache.Path, schemas) });
        var first = Hunt();
        // A sketch of the AnyDesk rule that asks the scan for no columns: its plan needs DeviceName, RemoteUrl, Timestamp.
        var stale = SketchCache.Open(_cache.Path, schemas);
        stale.Add(rules[0], stale.Find(rules[0])! with { Columns = [] });
        stale.Save();

        var second = Hunt();
        var third = Hunt();

        Assert.Equal(["hd-pc-01.corp.contoso.com=2", "srv-app01.corp.contoso.com=1", "ws-fin-07.corp.contoso.com=1"], HuntScenario.Rows(first, "r-anydesk"));
        var failed = second.Rules.Single(r => r.Rule.Id == "r-anydesk");
        Assert.Equal(RuleStatus.Failed, failed.Status);
        Assert.Contains("no longer matches the sketch", failed.Message);
        Assert.Equal(HuntScenario.Rows(first, "r-teamviewer"), HuntScenario.Rows(second, "r-teamviewer"));
        Assert.Equal(HuntScenario.Rows(first, "r-anydesk"), HuntScenario.Rows(third, "r-anydesk"));
    }

    public void Dispose() => _cache.Dispose();
}
