namespace RmmHunt.Generator.Synthetic.Internals;

/// <summary>
/// String columns, chosen by name. Column families share suffixes (<c>InitiatingProcessSHA1</c>,
/// <c>SHA1</c>), so a prefix picks whose process, account or endpoint the column describes and the
/// suffix picks the attribute.
/// </summary>
internal static class StringValues
{
    public static string For(string name, RowContext row)
    {
        if (Fixed(name, row) is { } value) return value;
        if (name.StartsWith("InitiatingProcessParent", StringComparison.Ordinal)) return ImageAttribute(name["InitiatingProcessParent".Length..], row.Parent, row) ?? "";
        if (name.StartsWith("InitiatingProcessAccount", StringComparison.Ordinal)) return AccountAttribute(name["InitiatingProcessAccount".Length..], row.Account) ?? "";
        if (name.StartsWith("InitiatingProcess", StringComparison.Ordinal)) return ImageAttribute(name["InitiatingProcess".Length..], row.Initiating, row) ?? Other(name, row);
        if (name.StartsWith("Target", StringComparison.Ordinal) && AccountAttribute(name["Target".Length..].Replace("User", "Account"), row.TargetAccount) is { } target) return target;
        if (name.StartsWith("Process", StringComparison.Ordinal) && ImageAttribute(name["Process".Length..], row.Target, row) is { } process) return process;
        return ImageAttribute(name, row.Target, row)
            ?? AccountAttribute(name, row.Account)
            ?? DeviceAttribute(name, row)
            ?? NetworkAttribute(name, row)
            ?? Other(name, row);
    }

    /// <summary>Columns whose value does not depend on the row's actors.</summary>
    private static string? Fixed(string name, RowContext row) => name switch
    {
        "Type" => row.Table,
        "TenantId" or "AADTenantId" or "OrganizationId" => "72f988bf-86f1-41af-91ab-2d7cd011db47",
        "SourceSystem" => "Azure",
        "MachineGroup" => "Default",
        "ActionType" => ActionTypes.For(row),
        "LogonType" => row.Random.Pick(["Interactive", "Network", "RemoteInteractive", "Service", "Batch"]),
        "Protocol" => row.Random.Pick(["Tcp", "Ntlm", "Kerberos", "Ldap"]),
        "RemoteIPType" or "IPCategory" => row.Remote.Type,
        "Country" or "CountryCode" or "Location" => Vocabulary.Countries[row.Index % Vocabulary.Countries.Length],
        "City" => Vocabulary.Cities[row.Index % Vocabulary.Cities.Length],
        "Severity" or "AlertSeverity" or "VulnerabilitySeverityLevel" or "RiskLevel" => row.Random.Pick(["Low", "Medium", "High"]),
        "Title" or "AlertName" or "DisplayName" => row.Random.Pick(["Suspicious PowerShell command line", "Possible credential dumping", "Ransomware behavior detected"]),
        "Category" or "Categories" => row.Random.Pick(["Execution", "CredentialAccess", "Persistence"]),
        "ServiceSource" or "ProductName" => "Microsoft Defender for Endpoint",
        "DetectionSource" => "EDR",
        "EntityType" => row.Random.Pick(["File", "Process", "User", "Machine", "Ip", "Url"]),
        "EvidenceRole" => row.Random.Pick(["Impacted", "Related"]),
        "CveId" => $"CVE-2024-{21000 + row.Index % 50}",
        "SoftwareName" => row.Random.Pick(["chrome", "office", "7-zip", "server-eye"]),
        "SoftwareVendor" => row.Random.Pick(["google", "microsoft", "igor_pavlov", "kraemer_it_solutions"]),
        "SoftwareVersion" or "OSVersion" or "ClientVersion" => "10.0.22621",
        "OSArchitecture" => "x64",
        "Subject" or "EmailSubject" => row.Random.Pick(["Invoice 2024-10", "Password expiry notice", "Team lunch"]),
        "EmailDirection" => row.Random.Pick(["Inbound", "Outbound", "Intra-org"]),
        "DeliveryAction" => row.Random.Pick(["Delivered", "Junked", "Blocked"]),
        "DeliveryLocation" or "LatestDeliveryLocation" => row.Random.Pick(["Inbox/folder", "Junk folder", "Quarantine"]),
        "ThreatTypes" => row.Random.Pick(["", "Phish", "Malware", "Spam"]),
        "FileType" => row.Random.Pick(["docx", "pdf", "zip", "exe"]),
        "Operation" or "OperationName" or "ActivityDisplayName" => row.Random.Pick(["FileDownloaded", "New-InboxRule", "Add member to role", "Sign-in activity"]),
        "RegistryKey" or "PreviousRegistryKey" => @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Run",
        "RegistryValueName" or "PreviousRegistryValueName" => "Updater",
        "RegistryValueData" or "PreviousRegistryValueData" => row.Target.CommandLine,
        "RegistryValueType" => "String",
        "Application" or "AppDisplayName" => row.Random.Pick(["Microsoft 365", "Microsoft Exchange Online", "Active Directory"]),
        "UserAgent" => "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0 Safari/537.36",
        "ResultType" or "ResultSignature" => row.Random.Chance(0.7) ? "0" : "50126",
        "Result" or "ResultStatus" => row.Random.Pick(["success", "failure"]),
        "Status" => row.Random.Pick(["New", "InProgress", "Resolved"]),
        _ => null,
    };

    private static string? ImageAttribute(string attribute, Image image, RowContext row) => attribute switch
    {
        "FileName" or "ProcessName" or "NewProcessName" or "VersionInfoOriginalFileName" or "VersionInfoInternalFileName" => image.FileName,
        "FolderPath" or "FilePath" or "Path" => image.Path,
        "CommandLine" or "ProcessCommandLine" => image.CommandLine,
        "SHA1" or "FileHash" => image.Sha1,
        "SHA256" => image.Sha256,
        "MD5" => image.Md5,
        "VersionInfoCompanyName" or "Signer" or "Issuer" => image.Company,
        "VersionInfoProductName" => image.Product,
        "VersionInfoProductVersion" => image.Version,
        "VersionInfoFileDescription" => image.Description,
        "IntegrityLevel" => row.Random.Pick(["Medium", "High", "System"]),
        "TokenElevation" => row.Random.Pick(["TokenElevationTypeDefault", "TokenElevationTypeFull", "TokenElevationTypeLimited"]),
        "FileOriginUrl" => "https://" + row.Remote.Url + "/download/" + image.FileName,
        "FileOriginIP" => row.Remote.Ip,
        _ => null,
    };

    private static string? AccountAttribute(string attribute, FleetAccount account) => attribute switch
    {
        "AccountName" or "Name" or "UserName" or "SubjectUserName" or "SamAccountName" or "SAMAccountName" or "Account" or "UserId" => account.Name,
        "AccountDomain" or "Domain" or "DomainName" or "SubjectDomainName" or "UserDomain" => account.Domain,
        "AccountSid" or "Sid" or "SID" or "AccountSID" or "SubjectUserSid" or "OnPremSid" => account.Sid,
        "AccountUpn" or "Upn" or "UPN" or "AccountUPN" or "UserPrincipalName" or "EmailAddress" or "RecipientEmailAddress"
            or "SenderFromAddress" or "SenderMailFromAddress" or "MailboxOwnerUPN" or "Identity" or "AccountId" => account.Upn,
        "AccountObjectId" or "ObjectId" or "RecipientObjectId" or "SenderObjectId" or "AccountCloudSID" or "CloudSid" => account.ObjectId,
        "AccountDisplayName" or "DisplayName" or "UserDisplayName" or "SenderDisplayName" or "GivenName" => account.DisplayName,
        "SenderFromDomain" or "SenderMailFromDomain" => "contoso.com",
        _ => null,
    };

    private static string? DeviceAttribute(string attribute, RowContext row) => attribute switch
    {
        "DeviceId" or "AadDeviceId" or "SourceComputerId" => row.Device.Id,
        "DeviceName" or "Computer" or "RemoteDeviceName" or "DestinationDeviceName" or "TargetDeviceName" or "CompromisedEntity" or "Workstation" or "WorkstationName" => row.Device.Name,
        "OSPlatform" or "OSDistribution" => row.Device.Os,
        "DeviceType" or "DeviceCategory" => row.Device.Type,
        "LocalIP" or "IPAddress" or "IpAddress" or "SenderIPv4" or "ClientIP" or "ClientIPAddress" or "DestinationIPAddress" or "PublicIP" => Ip(attribute, row),
        _ => null,
    };

    /// <summary>Addresses of the row's device are local; client addresses of cloud sign-ins are public.</summary>
    private static string Ip(string attribute, RowContext row) =>
        attribute is "LocalIP" or "DestinationIPAddress" ? row.Device.Ip : row.Remote.Type == "Public" ? row.Remote.Ip : row.Device.Ip;

    private static string? NetworkAttribute(string attribute, RowContext row) => attribute switch
    {
        "RemoteIP" or "RemoteIpAddress" or "DestinationIp" => row.Remote.Ip,
        "RemoteUrl" or "UrlDomain" or "QueryTarget" => row.Remote.Url,
        "Url" or "UrlChain" or "Site_Url" or "AlertLink" => $"https://{row.Remote.Url}/path/{row.Index % 7}?id={row.Index}",
        "Isp" or "ISP" => "Contoso Telecom",
        _ => null,
    };

    /// <summary>Anything else: a short value that names its column, different across a few rows.</summary>
    private static string Other(string name, RowContext row) => $"{name}-{row.Index % 5}";
}
