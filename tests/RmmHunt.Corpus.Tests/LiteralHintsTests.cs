using RmmHunt.Corpus.Tests.Running;

namespace RmmHunt.Corpus.Tests;

/// <summary>The values a query filters by become generator hints, so that synthetic rows can pass its filters.</summary>
public class LiteralHintsTests
{
    [Fact]
    public void Filters_by_literal_and_by_list_give_hints_per_column()
    {
        var hints = LiteralHints.From("""
            let Ports = dynamic([1, 2]);
            DeviceNetworkEvents
            | where InitiatingProcessFileName =~ "certutil.exe" and RemotePort in (3389, 22)
            | where ProcessCommandLine has_any ("-enc", @"bypass") or ProcessCommandLine contains "iex"
            | where LocalPort in (Ports) and RemoteUrl matches regex @"\.ru$"
            """);
        Assert.Equal(["certutil.exe"], hints["InitiatingProcessFileName"]);
        Assert.Equal(["3389", "22"], hints["RemotePort"]);
        Assert.Equal(["-enc", "bypass", "iex"], hints["ProcessCommandLine"]);
        Assert.Equal([@"\.ru$"], hints["RemoteUrl"]);
        Assert.False(hints.ContainsKey("LocalPort"));
    }

    [Fact]
    public void Hinted_rows_pass_the_query_filter()
    {
        const string query = "DeviceProcessEvents | where FileName =~ 'whoami.exe' and ProcessCommandLine has 'groups' | project FileName";
        var tables = SyntheticData.For(query);
        var compilation = Kql.KqlCompilation.Compile(query, Data.DataSchemas.BuiltIn);
        var result = QueryRun.Execute(compilation, tables, new SyntheticExternalData(LiteralHints.From(query)));
        Assert.True(result.Ran, result.Error);
        Assert.InRange(result.Rows, 10, 190); // about a quarter of 200 rows take both hints
        var source = Assert.Single(tables.Sources);
        Assert.Equal("DeviceProcessEvents", source.TableName);
    }
}
