namespace RmmHunt.Generator.Synthetic.Internals;

/// <summary>Real ActionType values per table, so that the common filters of hunting queries find rows.</summary>
internal static class ActionTypes
{
    private static readonly Dictionary<string, string[]> ByTable = new(StringComparer.Ordinal)
    {
        ["DeviceProcessEvents"] = ["ProcessCreated", "OpenProcessApiCall"],
        ["DeviceNetworkEvents"] = ["ConnectionSuccess", "ConnectionFailed", "InboundConnectionAccepted", "ListeningConnectionCreated", "ConnectionAttempt"],
        ["DeviceFileEvents"] = ["FileCreated", "FileModified", "FileRenamed", "FileDeleted"],
        ["DeviceRegistryEvents"] = ["RegistryValueSet", "RegistryKeyCreated", "RegistryValueDeleted"],
        ["DeviceLogonEvents"] = ["LogonSuccess", "LogonFailed", "LogonAttempted"],
        ["DeviceImageLoadEvents"] = ["ImageLoaded"],
        ["DeviceEvents"] =
        [
            "AntivirusDetection", "PowerShellCommand", "AsrOfficeChildProcessAudited", "AsrLsassCredentialTheftAudited",
            "ScheduledTaskCreated", "UserAccountCreated", "UserAccountAddedToLocalGroup", "ServiceInstalled",
            "NamedPipeEvent", "PnpDeviceConnected", "SmartScreenUrlWarning", "DnsQueryResponse", "LdapSearch",
            "ProcessPrimaryTokenModified", "CreateRemoteThreadApiCall", "SecurityLogCleared", "TamperingAttempt",
        ],
        ["IdentityLogonEvents"] = ["LogonSuccess", "LogonFailed"],
        ["IdentityQueryEvents"] = ["LDAP query", "DNS query", "SAMR query"],
        ["IdentityDirectoryEvents"] = ["Account Password changed", "Group Membership changed", "Account Disabled"],
        ["CloudAppEvents"] = ["FileDownloaded", "MailItemsAccessed", "New-InboxRule", "Add member to role."],
        ["UrlClickEvents"] = ["ClickAllowed", "ClickBlocked", "UrlScanInProgress"],
        ["EmailPostDeliveryEvents"] = ["Phish ZAP", "Malware ZAP", "Manual remediation"],
    };

    public static string For(RowContext row) =>
        ByTable.TryGetValue(row.Table, out var values) ? row.Random.Pick(values) : "ActionOccurred";
}
