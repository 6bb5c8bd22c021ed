using System.Text.Json;

namespace RmmHunt.Generator.Synthetic.Internals;

/// <summary>Dynamic columns as JSON text: the bags and arrays the real columns carry, by name.</summary>
internal static class DynamicValues
{
    public static string For(string name, RowContext row) => JsonSerializer.Serialize(Value(name, row));

    private static object Value(string name, RowContext row) => name switch
    {
        // The keys hunting queries read most from AdditionalFields across the Device* tables.
        "AdditionalFields" => new Dictionary<string, object>
        {
            ["IsAudit"] = row.Random.Chance(0.5),
            ["Command"] = row.Target.CommandLine,
            ["ThreatName"] = "Trojan:Win32/Wacatac.B!ml",
            ["ReportSource"] = "Realtime",
            ["TaskName"] = @"\Microsoft\Windows\Updater",
            ["ServiceName"] = "Updater",
            ["PipeName"] = @"\Device\NamedPipe\msagent_81",
            ["DeviceDescription"] = "USB Mass Storage Device",
            ["ClassName"] = "DiskDrive",
            ["RemoteClientIpAddress"] = row.Remote.Ip,
            ["uniqueEventsAggregated"] = row.Random.Next(1, 20),
        },
        "LoggedOnUsers" => new[] { new Dictionary<string, string> { ["UserName"] = row.Account.Name, ["DomainName"] = row.Account.Domain, ["Sid"] = row.Account.Sid } },
        "IPAddresses" => new[] { new Dictionary<string, string> { ["IPAddress"] = row.Device.Ip, ["SubnetPrefix"] = "24", ["AddressType"] = "Private" } },
        "ConnectedNetworks" => new[] { new Dictionary<string, object> { ["Name"] = "contoso.local", ["Category"] = "Domain", ["IsConnectedToInternet"] = true } },
        "DnsAddresses" or "DefaultGateways" => new[] { "10.1.1.2" },
        "LocationDetails" => new Dictionary<string, object> { ["city"] = "Seattle", ["countryOrRegion"] = "US", ["state"] = "WA" },
        "DeviceDetail" => new Dictionary<string, object> { ["deviceId"] = row.Device.Id, ["displayName"] = row.Device.Name, ["operatingSystem"] = "Windows10", ["browser"] = "Edge 129.0" },
        "Status" => new Dictionary<string, object> { ["errorCode"] = 0, ["additionalDetails"] = "MFA requirement satisfied" },
        "InitiatedBy" => new Dictionary<string, object> { ["user"] = new Dictionary<string, string> { ["userPrincipalName"] = row.Account.Upn, ["ipAddress"] = row.Remote.Ip } },
        "TargetResources" => new[] { new Dictionary<string, object> { ["userPrincipalName"] = row.TargetAccount.Upn, ["displayName"] = row.TargetAccount.DisplayName, ["modifiedProperties"] = Array.Empty<object>() } },
        "RawEventData" => new Dictionary<string, object> { ["Operation"] = "FileDownloaded", ["UserId"] = row.Account.Upn, ["ClientIP"] = row.Remote.Ip, ["ObjectId"] = "https://contoso.sharepoint.com/doc.docx" },
        "ActivityObjects" => new[] { new Dictionary<string, string> { ["Type"] = "File", ["Name"] = "doc.docx" } },
        "CveTags" or "Tags" or "IPTags" or "UserAgentTags" => new[] { "ZeroDay" },
        _ => new Dictionary<string, object> { ["Name"] = $"{name}-{row.Index % 5}", ["Value"] = row.Index % 3 },
    };
}
