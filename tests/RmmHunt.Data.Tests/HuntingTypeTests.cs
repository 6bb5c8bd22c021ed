using System.Text;
using RmmHunt.Data.Csv;
using RmmHunt.Data.Schemas;
using RmmHunt.Engine.Execution;
using RmmHunt.Kql;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Data.Tests;

/// <summary>
/// DeviceEvents.AdditionalFields is a string in advanced hunting (defender-xdr/advanced-hunting-deviceevents-table.md)
/// and dynamic in Sentinel: grouping by it, valid in advanced hunting, groups by its JSON text.
/// </summary>
public class HuntingTypeTests
{
    [Theory] // the advanced-hunting docs, as ../shared/reference/data/schema/*.defender.csv records them
    [InlineData("DeviceEvents")]
    [InlineData("DeviceInfo")]
    [InlineData("DeviceFileEvents")]
    [InlineData("DeviceNetworkEvents")]
    [InlineData("DeviceProcessEvents")]
    public void The_schema_records_both_types(string table)
    {
        var column = BuiltInSchemas.Instance.FindTable(table)!.Find("AdditionalFields")!;
        Assert.Equal(KqlType.Dynamic, column.Type);
        Assert.Equal(KqlType.String, column.AdvancedHuntingType);
        Assert.Null(BuiltInSchemas.Instance.FindTable("IdentityLogonEvents")!.Find("AdditionalFields")!.AdvancedHuntingType);
    }

    [Fact]
    public void Distinct_and_summarize_by_additional_fields_group_by_its_text()
    {
        var csv = new StringBuilder("Timestamp,DeviceName,ActionType,AdditionalFields\n");
        csv.Append("2024-10-06T10:00:00Z,ws1,PowerShellCommand,\"{\"\"Command\"\":\"\"Get-Process\"\"}\"\n");
        csv.Append("2024-10-06T11:00:00Z,ws1,PowerShellCommand,\"{\"\"Command\"\":\"\"Get-Process\"\"}\"\n");
        csv.Append("2024-10-06T12:00:00Z,ws2,PowerShellCommand,\"{\"\"Command\"\":\"\"whoami\"\"}\"\n");
        string path = CsvTestKit.WriteBytes(csv.ToString());
        try
        {
            var rows = Run(path, """
                DeviceEvents
                | summarize Count=count() by AdditionalFields
                | extend Command = tostring(extractjson("$.Command", AdditionalFields))
                | sort by Command asc
                | project Command, Count
                """, out var compilation);
            Assert.Equal(["Get-Process|2", "whoami|1"], rows);
            Assert.Contains(compilation.Diagnostics, d => !d.IsError && d.Message.Contains("string in Defender advanced hunting", StringComparison.Ordinal));
            Assert.Equal(2, Run(path, "DeviceEvents | distinct DeviceName, AdditionalFields", out _).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_bag_the_query_builds_still_cannot_be_grouped_by()
    {
        var compilation = KqlCompilation.Compile("DeviceEvents | summarize count() by Bag = parse_json(tostring(AdditionalFields))", BuiltInSchemas.Instance);
        Assert.Contains("cannot group by a dynamic value", compilation.FormatDiagnostics());
    }

    private static string[] Run(string path, string query, out KqlCompilation compilation)
    {
        var source = new DefenderCsvSource(path, BuiltInSchemas.Instance.FindTable("DeviceEvents")!, new CsvReadOptions());
        compilation = KqlCompilation.Compile(query, BuiltInSchemas.Instance);
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
        var graph = new ExecutionGraph(new RunContext(new DateTime(2024, 10, 7, 12, 0, 0, DateTimeKind.Utc)), new TableSet([source]));
        var handle = graph.Add(compilation.Query!);
        graph.Run();
        return handle.Result.Rows().Select(r => string.Join("|", r.Select(ScalarFormat.ToText))).ToArray();
    }
}
