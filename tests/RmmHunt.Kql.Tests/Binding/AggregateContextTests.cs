using RmmHunt.Kql.Diagnostics;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Binding;

public class AggregateContextTests
{
    [Theory]
    [InlineData("DeviceNetworkEvents | where count() > 1", "count()")]
    [InlineData("DeviceNetworkEvents | extend c = dcount(DeviceId)", "dcount()")]
    [InlineData("DeviceNetworkEvents | project m = max(Timestamp)", "max()")]
    [InlineData("DeviceNetworkEvents | sort by count()", "count()")]
    [InlineData("print make_set(1)", "make_set()")]
    public void Aggregates_outside_summarize_are_errors(string query, string aggregate)
    {
        var error = Assert.Single(Errors(query));
        Assert.Equal(DiagnosticCodes.NotAggregate, error.Code);
        Assert.Contains(aggregate, error.Message);
        Assert.Contains("summarize", error.Message);
    }

    [Fact]
    public void A_summarize_column_must_be_an_aggregate()
    {
        var error = Assert.Single(Errors("DeviceNetworkEvents | summarize x = RemoteUrl"));
        Assert.Equal(DiagnosticCodes.NotAggregate, error.Code);
    }

    [Fact]
    public void Columns_outside_an_aggregate_must_be_grouped()
    {
        var error = Assert.Single(Errors("DeviceNetworkEvents | summarize x = count() + RemotePort"));
        Assert.Contains("'RemotePort'", error.Message);
        Assert.Contains("by", error.Message);
    }

    [Fact]
    public void Expressions_over_aggregates_are_allowed() =>
        Assert.False(Compile("DeviceNetworkEvents | summarize pct = 100.0 * countif(RemotePort == 443) / count(), span = max(Timestamp) - min(Timestamp) by DeviceId").HasErrors);

    [Fact]
    public void Aggregates_do_not_nest()
    {
        var error = Assert.Single(Errors("DeviceNetworkEvents | summarize max(count())"));
        Assert.Contains("count()", error.Message);
    }
}
