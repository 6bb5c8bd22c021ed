namespace RmmHunt.Generator;

/// <summary>The 44 DeviceNetworkEvents columns in the order the Defender portal exports a raw table.</summary>
public static class DeviceNetworkEventsColumns
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "Timestamp", "DeviceId", "DeviceName", "ActionType", "RemoteIP", "RemotePort", "RemoteUrl",
        "LocalIP", "LocalPort", "Protocol", "LocalIPType", "RemoteIPType",
        "InitiatingProcessSHA1", "InitiatingProcessSHA256", "InitiatingProcessMD5", "InitiatingProcessFileName",
        "InitiatingProcessFileSize", "InitiatingProcessVersionInfoCompanyName", "InitiatingProcessVersionInfoProductName",
        "InitiatingProcessVersionInfoProductVersion", "InitiatingProcessVersionInfoInternalFileName",
        "InitiatingProcessVersionInfoOriginalFileName", "InitiatingProcessVersionInfoFileDescription",
        "InitiatingProcessId", "InitiatingProcessCommandLine", "InitiatingProcessCreationTime",
        "InitiatingProcessFolderPath", "InitiatingProcessParentFileName", "InitiatingProcessParentId",
        "InitiatingProcessParentCreationTime", "InitiatingProcessAccountDomain", "InitiatingProcessAccountName",
        "InitiatingProcessAccountSid", "InitiatingProcessAccountUpn", "InitiatingProcessAccountObjectId",
        "InitiatingProcessIntegrityLevel", "InitiatingProcessTokenElevation", "ReportId", "AppGuardContainerId",
        "AdditionalFields", "InitiatingProcessSessionId", "IsInitiatingProcessRemoteSession",
        "InitiatingProcessRemoteSessionDeviceName", "InitiatingProcessRemoteSessionIP",
    ];
}
