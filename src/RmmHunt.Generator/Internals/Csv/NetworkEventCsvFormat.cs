using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Csv;

/// <summary>Lays a <see cref="NetworkEvent"/> out as one export line, in <see cref="DeviceNetworkEventsColumns"/> order.</summary>
internal static class NetworkEventCsvFormat
{
    public static void WriteHeader(Utf8CsvWriter csv)
    {
        foreach (var name in DeviceNetworkEventsColumns.Names) csv.String(name);
        csv.EndRow();
    }

    public static void WriteRow(Utf8CsvWriter csv, NetworkEvent e)
    {
        csv.DateTime(e.Timestamp);
        csv.String(e.DeviceId);
        csv.String(e.DeviceName);
        csv.String(e.ActionType);
        csv.String(e.RemoteIP);
        csv.Integer(e.RemotePort);
        csv.String(e.RemoteUrl);
        csv.String(e.LocalIP);
        csv.Integer(e.LocalPort);
        csv.String(e.Protocol);
        csv.String(e.LocalIPType);
        csv.String(e.RemoteIPType);
        csv.String(e.InitiatingProcessSHA1);
        csv.String(e.InitiatingProcessSHA256);
        csv.String(e.InitiatingProcessMD5);
        csv.String(e.InitiatingProcessFileName);
        csv.Integer(e.InitiatingProcessFileSize);
        csv.String(e.InitiatingProcessVersionInfoCompanyName);
        csv.String(e.InitiatingProcessVersionInfoProductName);
        csv.String(e.InitiatingProcessVersionInfoProductVersion);
        csv.String(e.InitiatingProcessVersionInfoInternalFileName);
        csv.String(e.InitiatingProcessVersionInfoOriginalFileName);
        csv.String(e.InitiatingProcessVersionInfoFileDescription);
        csv.Integer(e.InitiatingProcessId);
        csv.String(e.InitiatingProcessCommandLine);
        csv.DateTime(e.InitiatingProcessCreationTime);
        csv.String(e.InitiatingProcessFolderPath);
        csv.String(e.InitiatingProcessParentFileName);
        csv.Integer(e.InitiatingProcessParentId);
        csv.DateTime(e.InitiatingProcessParentCreationTime);
        csv.String(e.InitiatingProcessAccountDomain);
        csv.String(e.InitiatingProcessAccountName);
        csv.String(e.InitiatingProcessAccountSid);
        csv.String(e.InitiatingProcessAccountUpn);
        csv.String(e.InitiatingProcessAccountObjectId);
        csv.String(e.InitiatingProcessIntegrityLevel);
        csv.String(e.InitiatingProcessTokenElevation);
        csv.Integer(e.ReportId);
        csv.String(e.AppGuardContainerId);
        csv.String(e.AdditionalFields);
        csv.Integer(e.InitiatingProcessSessionId);
        csv.Boolean(e.IsInitiatingProcessRemoteSession);
        csv.String(e.InitiatingProcessRemoteSessionDeviceName);
        csv.String(e.InitiatingProcessRemoteSessionIP);
        csv.EndRow();
    }
}
