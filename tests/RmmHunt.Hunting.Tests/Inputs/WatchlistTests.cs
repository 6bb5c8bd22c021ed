using RmmHunt.Engine.Execution;
using RmmHunt.Hunting.Exclusions;
using RmmHunt.Hunting.Rules;
using RmmHunt.Hunting.Inputs;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Hunting.Tests.Inputs;

/// <summary>Watchlist CSV files served as <c>_GetWatchlist('name')</c> tables of the run, to rules and to KQL exclusions.</summary>
public class WatchlistTests
{
    private static (RunTables Tables, TempDirectory Folder) Tables(string csv, string? key = null)
    {
        var folder = new TempDirectory();
        string path = folder.Write("helpdesk.csv", csv);
        var watchlist = WatchlistTable.Load(new WatchlistSpec("helpdesk", path, key));
        var table = HuntScenario.ConnectionsTable();
        var schemas = new SchemaSet([TestData.Defender("DeviceNetworkEvents")]);
        return (new RunTables(schemas, new TableSet([table]), [watchlist]), folder);
    }

    [Fact]
    public void A_rule_reads_a_watchlist_and_its_search_key()
    {
        var (tables, folder) = Tables("Device,Owner\nhd-pc-01.corp.contoso.com,Service Desk\nsrv-app01.corp.contoso.com,Ops\n");
        using var _ = folder;
        var rule = RuleLoader.Parse("""
            id: w
            query: |
              DeviceNetworkEvents
              | where DeviceName in~ ((_GetWatchlist('helpdesk') | project SearchKey))
              | summarize Count = count() by DeviceName
            """, "w.yaml").Rules.Single();

        var hunt = HuntScenario.Run(null, [rule], schemas: tables, tables: tables);

        Assert.Equal(RmmHunt.Hunting.Runner.RuleStatus.Ran, hunt.Rules.Single().Status);
        Assert.Equal(["hd-pc-01.corp.contoso.com=3", "srv-app01.corp.contoso.com=1"], HuntScenario.Rows(hunt, "w"));
        Assert.Equal(["Device", "Owner", "SearchKey"], tables.FindTable(Watchlists.TableName("helpdesk"))!.Columns.Select(c => c.Name));
    }

    [Fact]
    public void A_kql_exclusion_can_name_a_watchlist()
    {
        var (tables, folder) = Tables("Owner,Device\nService Desk,hd-pc-01.corp.contoso.com\n", key: "Device");
        using var _ = folder;
        var set = ExclusionSet.Parse("""
            exclusions:
              - id: helpdesk-devices
                kql: DeviceName in~ ((_GetWatchlist('helpdesk') | project SearchKey))
                tools: [AnyDesk]
            """, "x.yaml");

        var hunt = HuntScenario.Run(set, schemas: tables, tables: tables);

        Assert.Equal(["srv-app01.corp.contoso.com=1", "ws-fin-07.corp.contoso.com=1"], HuntScenario.Rows(hunt, "r-anydesk"));
        Assert.Equal(2, hunt.Rules.Single(r => r.Rule.Id == "r-anydesk").SuppressedEvents);
    }

    [Fact]
    public void An_unknown_watchlist_is_a_compile_error_naming_the_option()
    {
        var rule = RuleLoader.Parse("id: w\nquery: _GetWatchlist('nope') | take 1\n", "w.yaml").Rules.Single();
        var hunt = HuntScenario.Run(null, [rule]);
        Assert.Contains("--watchlist nope=FILE", hunt.Rules.Single().Message);
    }

    [Theory]
    [InlineData("helpdesk=lists/hd.csv", "helpdesk", "lists/hd.csv", null)]
    [InlineData("helpdesk=lists/hd.csv:Device", "helpdesk", "lists/hd.csv", "Device")]
    [InlineData(@"helpdesk=C:\lists\hd.csv", "helpdesk", @"C:\lists\hd.csv", null)]
    public void Watchlist_arguments(string text, string name, string path, string? key) =>
        Assert.Equal(new WatchlistSpec(name, path, key), WatchlistSpec.Parse(text));
}
