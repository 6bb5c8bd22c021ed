using System.Text;
using RmmHunt.Data.Csv;
using RmmHunt.Data.Schemas;
using RmmHunt.Engine.Execution;
using RmmHunt.Kql;
using RmmHunt.Kql.Values;

namespace RmmHunt.Data.Tests;

/// <summary>A hunting rule run by the engine over a CSV export: the batches fit the engine and the needles skip rows.</summary>
public class CsvQueryTests
{
    private const string ServerEyeRule = """
        let Time_start = now(-5d);
        let Time_end = now();
        DeviceNetworkEvents
        | where Timestamp between (Time_start..Time_end)
        | where RemoteUrl has 'server-eye.de'
        and InitiatingProcessVersionInfoCompanyName has 'Krämer IT Solutions GmbH'
        and InitiatingProcessVersionInfoProductName has_any ('ServerEye', 'Server-Eye')
        | summarize FirstSeen=min(Timestamp), LastSeen=max(Timestamp), Report=make_set(ReportId), Count=count() by DeviceId, DeviceName, RemoteUrl
        | sort by DeviceName asc
        """;

    [Fact]
    public void ServerEye_rule_over_a_projected_defender_export()
    {
        var csv = new StringBuilder("Timestamp,DeviceId,DeviceName,RemoteUrl,InitiatingProcessVersionInfoCompanyName,InitiatingProcessVersionInfoProductName,ReportId,InitiatingProcessCommandLine\n");
        for (int i = 0; i < 500; i++)
            csv.Append($"2024-10-0{5 + i % 2}T10:00:{i % 60:00}.{i}Z,d{i % 7},ws{i % 7},host{i}.example.com,Microsoft Corporation,Windows,{i},\"\"\"svchost.exe\"\" -k {i}\"\n");
        csv.Append("2024-10-06T11:00:00.5Z,d1,ws1,occ-data.server-eye.de,Krämer IT Solutions GmbH,Server-Eye,9001,\"\"\"ServerEye.Agent.exe\"\"\"\n");
        csv.Append("2024-10-06T12:00:00Z,d1,ws1,occ-data.server-eye.de,Krämer IT Solutions GmbH,Server-Eye,9002,\n");
        csv.Append("2024-10-07T01:00:00Z,d2,ws2,occ-data.server-eye.de,Krämer IT Solutions GmbH,ServerEye,9003,\n");
        csv.Append("2024-09-01T01:00:00Z,d2,ws2,occ-data.server-eye.de,Krämer IT Solutions GmbH,ServerEye,9004,\n"); // too old
        csv.Append("2024-10-07T01:00:00Z,d3,ws3,occ-data.server-eye.de,Other GmbH,ServerEye,9005,\n");            // other company
        string path = CsvTestKit.WriteBytes(csv.ToString());
        try
        {
            var table = BuiltInSchemas.Instance.FindTable("DeviceNetworkEvents")!;
            var source = new DefenderCsvSource(path, table, new CsvReadOptions { BlockSize = 4096 });
            var compilation = KqlCompilation.Compile(ServerEyeRule, BuiltInSchemas.Instance);
            Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
            var tables = new TableSet([source]);
            var graph = new ExecutionGraph(new RunContext(new DateTime(2024, 10, 7, 12, 0, 0, DateTimeKind.Utc)), tables);
            var handle = graph.Add(compilation.Query!);
            graph.Run();

            var rows = handle.Result.Rows().Select(r => string.Join("|", r.Select(ScalarFormat.ToText))).ToArray();
            Assert.Equal(
            [
                "d1|ws1|occ-data.server-eye.de|2024-10-06T11:00:00.5000000Z|2024-10-06T12:00:00.0000000Z|[9001,9002]|2",
                "d2|ws2|occ-data.server-eye.de|2024-10-07T01:00:00.0000000Z|2024-10-07T01:00:00.0000000Z|[9003]|1",
            ], rows);
            var stats = tables.StatisticsOf(source);
            Assert.Equal(0, stats.RejectedCount);
            Assert.True(stats.Skipped >= 500, $"the needles should have skipped the 500 unrelated rows, skipped {stats.Skipped}");
            Assert.Equal(505, stats.Read + stats.Skipped);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
