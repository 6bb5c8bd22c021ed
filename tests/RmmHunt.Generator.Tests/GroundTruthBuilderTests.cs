using RmmHunt.Generator.Internals.Model;
using RmmHunt.Generator.Tests.Support;
using RmmHunt.Generator.Truth;

namespace RmmHunt.Generator.Tests;

/// <summary>The truth's summarize, window and exclusion accounting on hand-made rows.</summary>
public class GroundTruthBuilderTests
{
    private static readonly DateTime Now = new(2024, 10, 7, 12, 0, 0, DateTimeKind.Utc);
    private static readonly GeneratorOptions Options = new() { WindowStart = Now.AddDays(-7), WindowEnd = Now };

    [Fact]
    public void The_window_includes_both_ends_and_nothing_outside()
    {
        var lookback = ServerEyeNetworkRule.Lookback;
        var truth = Build(
            HandMadeRow.Matching(Now - lookback - TimeSpan.FromTicks(1)),
            HandMadeRow.Matching(Now - lookback),
            HandMadeRow.Matching(Now),
            HandMadeRow.Matching(Now + TimeSpan.FromTicks(1)));
        var group = Assert.Single(truth.GroupsWithoutExclusions);
        Assert.Equal(2, group.Count);
        Assert.Equal(Now - lookback, group.FirstSeen);
        Assert.Equal(Now, group.LastSeen);
    }

    [Fact]
    public void Rows_group_by_device_and_url_with_min_max_sorted_set_and_count()
    {
        var late = HandMadeRow.Matching(Now.AddHours(-1));
        var early = HandMadeRow.Matching(Now.AddHours(-30));
        var otherUrl = HandMadeRow.Matching(Now.AddHours(-2), url: "push.server-eye.de");
        var otherDevice = HandMadeRow.Matching(Now.AddHours(-3), device: "srv-fs01");
        var truth = Build(late, early, otherUrl, otherDevice);

        Assert.Equal(3, truth.GroupsWithoutExclusions.Count);
        var api = truth.GroupsWithoutExclusions.Single(g => g.DeviceName == "srv-mgmt01" && g.RemoteUrl == "api.server-eye.de");
        Assert.Equal(early.Timestamp, api.FirstSeen);
        Assert.Equal(late.Timestamp, api.LastSeen);
        Assert.Equal(new[] { late.ReportId, early.ReportId }.Order(), api.ReportIds);
        Assert.Equal(2, api.Count);
    }

    [Fact]
    public void Rows_failing_any_string_condition_do_not_match()
    {
        var wrongUrl = HandMadeRow.Matching(Now, url: "myserver-eye.de");
        var wrongVendor = HandMadeRow.Matching(Now);
        wrongVendor.InitiatingProcessVersionInfoCompanyName = "Kramer IT Solutions GmbH";
        var wrongProduct = HandMadeRow.Matching(Now);
        wrongProduct.InitiatingProcessVersionInfoProductName = "ServerEyeMonitor";
        var truth = Build(wrongUrl, wrongVendor, wrongProduct);
        Assert.Equal(0, truth.MatchingEvents);
        Assert.Empty(truth.GroupsWithoutExclusions);
    }

    [Fact]
    public void An_event_two_exclusions_match_counts_for_both_but_is_removed_once()
    {
        var both = HandMadeRow.Matching(Now);
        both.InitiatingProcessParentFileName = "mstsc.exe";
        both.RemotePort = 514;
        var kept = HandMadeRow.Matching(Now.AddMinutes(-1));
        var truth = Build(both, kept);

        Assert.Equal(2, truth.MatchingEvents);
        Assert.Equal(1, truth.RemovedEvents);
        Assert.Equal(1, truth.RemovedByExclusion[ServerEyeExclusions.RemoteDesktop.Id]);
        Assert.Equal(1, truth.RemovedByExclusion[ServerEyeExclusions.LogCollection.Id]);
        Assert.Equal(0, truth.RemovedByExclusion[ServerEyeExclusions.AgentUpdate.Id]);
        Assert.Equal(2, Assert.Single(truth.GroupsWithoutExclusions).Count);
        Assert.Equal([kept.ReportId], Assert.Single(truth.GroupsWithExclusions).ReportIds);
    }

    [Fact]
    public void Exclusions_only_count_events_the_rule_matched()
    {
        var stale = HandMadeRow.Matching(Now.AddDays(-6));
        stale.RemotePort = 514;
        var truth = Build(stale);
        Assert.All(truth.RemovedByExclusion.Values, removed => Assert.Equal(0, removed));
    }

    [Fact]
    public void Every_row_counts_under_its_category()
    {
        var a = HandMadeRow.Matching(Now);
        a.Category = "a";
        var b = HandMadeRow.Matching(Now.AddDays(-9));
        b.Category = "b";
        var truth = Build(a, b, HandMadeRow.Matching(Now));
        Assert.Equal(3, truth.Rows);
        Assert.Equal(1, truth.RowsByCategory["a"]);
        Assert.Equal(1, truth.RowsByCategory["b"]);
    }

    private static GroundTruth Build(params NetworkEvent[] rows)
    {
        var builder = new GroundTruthBuilder(Options with { Now = Now });
        foreach (var row in rows) builder.Observe(row);
        return builder.Build();
    }
}
