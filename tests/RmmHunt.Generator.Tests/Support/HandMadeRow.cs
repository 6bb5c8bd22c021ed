using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Tests.Support;

/// <summary>A ServerEye cloud connection the rule matches, for tests to change one column at a time.</summary>
internal static class HandMadeRow
{
    private static long _reportId = 1000;

    public static NetworkEvent Matching(DateTime timestamp, string device = "srv-mgmt01", string url = "api.server-eye.de") => new()
    {
        Timestamp = timestamp,
        DeviceId = "id-" + device,
        DeviceName = device,
        ActionType = "ConnectionSuccess",
        RemoteIP = "52.1.2.3",
        RemotePort = 443,
        RemoteUrl = url,
        InitiatingProcessFileName = "ServiceProxyLocalSys.exe",
        InitiatingProcessVersionInfoCompanyName = "Krämer IT Solutions GmbH",
        InitiatingProcessVersionInfoProductName = "Server-Eye",
        InitiatingProcessCommandLine = "\"C:\\Program Files (x86)\\Server-Eye\\service\\ServiceProxyLocalSys.exe\" -service",
        InitiatingProcessParentFileName = "services.exe",
        InitiatingProcessAccountName = "system",
        ReportId = Interlocked.Increment(ref _reportId),
        Category = "hand-made",
    };
}
