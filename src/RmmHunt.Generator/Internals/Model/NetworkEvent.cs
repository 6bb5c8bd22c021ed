namespace RmmHunt.Generator.Internals.Model;

/// <summary>
/// One DeviceNetworkEvents row, column for column (null = empty field in the export). The generator reuses
/// a single instance for every row, so <see cref="Reset"/> must clear everything a scenario may set.
/// </summary>
internal sealed class NetworkEvent
{
    public DateTime Timestamp { get; set; }
    public string DeviceId { get; set; } = "";
    public string DeviceName { get; set; } = "";
    public string ActionType { get; set; } = "";
    public string? RemoteIP { get; set; }
    public int? RemotePort { get; set; }
    public string? RemoteUrl { get; set; }
    public string? LocalIP { get; set; }
    public int? LocalPort { get; set; }
    public string? Protocol { get; set; }
    public string? LocalIPType { get; set; }
    public string? RemoteIPType { get; set; }
    public string? InitiatingProcessSHA1 { get; set; }
    public string? InitiatingProcessSHA256 { get; set; }
    public string? InitiatingProcessMD5 { get; set; }
    public string? InitiatingProcessFileName { get; set; }
    public long? InitiatingProcessFileSize { get; set; }
    public string? InitiatingProcessVersionInfoCompanyName { get; set; }
    public string? InitiatingProcessVersionInfoProductName { get; set; }
    public string? InitiatingProcessVersionInfoProductVersion { get; set; }
    public string? InitiatingProcessVersionInfoInternalFileName { get; set; }
    public string? InitiatingProcessVersionInfoOriginalFileName { get; set; }
    public string? InitiatingProcessVersionInfoFileDescription { get; set; }
    public long? InitiatingProcessId { get; set; }
    public string? InitiatingProcessCommandLine { get; set; }
    public DateTime? InitiatingProcessCreationTime { get; set; }
    public string? InitiatingProcessFolderPath { get; set; }
    public string? InitiatingProcessParentFileName { get; set; }
    public long? InitiatingProcessParentId { get; set; }
    public DateTime? InitiatingProcessParentCreationTime { get; set; }
    public string? InitiatingProcessAccountDomain { get; set; }
    public string? InitiatingProcessAccountName { get; set; }
    public string? InitiatingProcessAccountSid { get; set; }
    public string? InitiatingProcessAccountUpn { get; set; }
    public string? InitiatingProcessAccountObjectId { get; set; }
    public string? InitiatingProcessIntegrityLevel { get; set; }
    public string? InitiatingProcessTokenElevation { get; set; }
    public long ReportId { get; set; }
    public string? AppGuardContainerId { get; set; }
    public string? AdditionalFields { get; set; }
    public long? InitiatingProcessSessionId { get; set; }
    public bool? IsInitiatingProcessRemoteSession { get; set; }
    public string? InitiatingProcessRemoteSessionDeviceName { get; set; }
    public string? InitiatingProcessRemoteSessionIP { get; set; }

    /// <summary>Which scenario produced the row; not a column, only counted in the ground truth.</summary>
    public string Category { get; set; } = "";

    public void Reset()
    {
        ActionType = "";
        RemoteIP = RemoteUrl = LocalIP = Protocol = LocalIPType = RemoteIPType = null;
        RemotePort = LocalPort = null;
        InitiatingProcessSHA1 = InitiatingProcessSHA256 = InitiatingProcessMD5 = InitiatingProcessFileName = null;
        InitiatingProcessFileSize = null;
        InitiatingProcessVersionInfoCompanyName = InitiatingProcessVersionInfoProductName = null;
        InitiatingProcessVersionInfoProductVersion = InitiatingProcessVersionInfoInternalFileName = null;
        InitiatingProcessVersionInfoOriginalFileName = InitiatingProcessVersionInfoFileDescription = null;
        InitiatingProcessId = InitiatingProcessParentId = InitiatingProcessSessionId = null;
        InitiatingProcessCommandLine = InitiatingProcessFolderPath = InitiatingProcessParentFileName = null;
        InitiatingProcessCreationTime = InitiatingProcessParentCreationTime = null;
        InitiatingProcessAccountDomain = InitiatingProcessAccountName = InitiatingProcessAccountSid = null;
        InitiatingProcessAccountUpn = InitiatingProcessAccountObjectId = null;
        InitiatingProcessIntegrityLevel = InitiatingProcessTokenElevation = null;
        AppGuardContainerId = AdditionalFields = null;
        IsInitiatingProcessRemoteSession = null;
        InitiatingProcessRemoteSessionDeviceName = InitiatingProcessRemoteSessionIP = null;
        Category = "";
    }
}
