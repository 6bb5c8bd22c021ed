namespace RmmHunt.Engine.Tests.Rules;

/// <summary>
/// The seed rule (shared/seed/servereye-network-connection.txt) over a small DeviceNetworkEvents table:
/// the window, the has terms and the grouping, with the run's clock pinned to 2024-10-07 12:00 UTC.
/// </summary>
public class ServerEyeRuleTests
{
    private static string Rule => Generator.Truth.ServerEyeNetworkRule.Query;

    private static readonly string Events = """
        datatable(Timestamp:datetime, DeviceId:string, DeviceName:string, RemoteUrl:string, InitiatingProcessVersionInfoCompanyName:string, InitiatingProcessVersionInfoProductName:string, ReportId:long, AccountName:string)
        [
            datetime(2024-10-06 08:00), 'd1', 'pc1', 'occ.server-eye.de', 'Krämer IT Solutions GmbH', 'Server-Eye Agent', 1, 'svc',
            datetime(2024-10-06 09:00), 'd1', 'pc1', 'occ.server-eye.de', 'Krämer IT Solutions GmbH', 'ServerEye', 2, 'svc',
            datetime(2024-10-06 10:00), 'd1', 'pc1', 'occ.server-eye.de', 'Krämer IT Solutions GmbH', 'ServerEye', 2, 'svc',
            datetime(2024-10-05 10:00), 'd2', 'pc2', 'SERVER-EYE.DE', 'KRÄMER IT SOLUTIONS GMBH', 'server-eye', 3, 'svc',
            datetime(2024-10-06 10:00), 'd3', 'pc3', 'myserver-eye.de', 'Krämer IT Solutions GmbH', 'ServerEye', 4, 'svc',
            datetime(2024-10-06 10:00), 'd4', 'pc4', 'occ.server-eye.de', 'Kramer IT Solutions GmbH', 'ServerEye', 5, 'svc',
            datetime(2024-10-06 10:00), 'd5', 'pc5', 'occ.server-eye.de', 'Krämer IT Solutions GmbH', 'ServerEyeMonitor', 6, 'svc',
            datetime(2024-09-30 10:00), 'd6', 'pc6', 'occ.server-eye.de', 'Krämer IT Solutions GmbH', 'ServerEye', 7, 'svc',
            datetime(2024-10-07 12:00:01), 'd7', 'pc7', 'occ.server-eye.de', 'Krämer IT Solutions GmbH', 'ServerEye', 8, 'svc',
        ]
        """;

    [Fact]
    public void Finds_exactly_the_servereye_connections_in_the_window()
    {
        var table = Kusto.Table("DeviceNetworkEvents", Events, batchSize: 4);
        var result = Kusto.Run(Rule + "\n| sort by DeviceId asc", table);
        Assert.Equal(["DeviceId", "DeviceName", "RemoteUrl", "FirstSeen", "LastSeen", "Report", "Count"], result.ColumnNames());
        Assert.Equal(
            [
                "d1|pc1|occ.server-eye.de|2024-10-06T08:00:00.0000000Z|2024-10-06T10:00:00.0000000Z|[1,2]|3",
                "d2|pc2|SERVER-EYE.DE|2024-10-05T10:00:00.0000000Z|2024-10-05T10:00:00.0000000Z|[3]|1",
            ],
            result.Text());
    }

    [Fact]
    public void The_upstream_variant_grouping_by_AccountUpn_does_not_compile()
    {
        var table = Kusto.Table("DeviceNetworkEvents", Events);
        // The upstream rule (jischell-msft RemoteManagementMonitoringTools) adds AccountUpn to the by-clause.
        string errors = Kusto.Errors(Rule + ", AccountUpn", table);
        Assert.Contains("'AccountUpn'", errors);
        Assert.Contains("DeviceNetworkEvents", errors);
    }
}
