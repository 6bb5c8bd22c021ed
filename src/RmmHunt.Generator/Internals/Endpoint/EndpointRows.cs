using RmmHunt.Generator.Internals.Csv;
using RmmHunt.Generator.Internals.Model;
using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator.Internals.Endpoint;

/// <summary>Writes one DeviceProcessEvents or DeviceFileCertificateInfo row for an image seen on a device.</summary>
internal static class EndpointRows
{
    public static readonly string[] ProcessColumns =
    [
        "Timestamp", "DeviceId", "DeviceName", "ActionType", "FileName", "FolderPath", "SHA1", "SHA256", "MD5", "FileSize",
        "ProcessVersionInfoCompanyName", "ProcessVersionInfoProductName", "ProcessVersionInfoProductVersion", "ProcessVersionInfoInternalFileName",
        "ProcessVersionInfoOriginalFileName", "ProcessVersionInfoFileDescription", "ProcessId", "ProcessCommandLine", "ProcessIntegrityLevel",
        "ProcessTokenElevation", "ProcessCreationTime", "AccountDomain", "AccountName", "AccountSid", "AccountUpn", "LogonId",
        "InitiatingProcessAccountDomain", "InitiatingProcessAccountName", "InitiatingProcessFileName", "InitiatingProcessFolderPath",
        "InitiatingProcessCommandLine", "InitiatingProcessId", "InitiatingProcessParentFileName", "ReportId",
    ];

    public static readonly string[] CertificateColumns =
    [
        "Timestamp", "DeviceId", "DeviceName", "SHA1", "IsSigned", "SignatureType", "Signer", "SignerHash", "Issuer", "IssuerHash",
        "CertificateSerialNumber", "CrlDistributionPointUrls", "CertificateCreationTime", "CertificateExpirationTime",
        "CertificateCountersignatureTime", "IsTrusted", "IsRootSignerMicrosoft", "ReportId",
    ];

    public static void Header(Utf8CsvWriter csv, string[] columns)
    {
        foreach (var column in columns) csv.String(column);
        csv.EndRow();
    }

    public static void Process(Utf8CsvWriter csv, DateTime at, Device device, ProcessImage image, bool service, DeterministicRandom random)
    {
        var account = service ? Account.System : device.User;
        var parent = service ? ("services.exe", @"c:\windows\system32\services.exe", "services.exe") : ("explorer.exe", @"c:\windows\explorer.exe", @"C:\Windows\Explorer.EXE");
        csv.DateTime(at);
        csv.String(device.Id);
        csv.String(device.Name);
        csv.String("ProcessCreated");
        csv.String(image.FileName);
        csv.String(image.Path);
        csv.String(image.Sha1);
        csv.String(image.Sha256);
        csv.String(image.Md5);
        csv.Integer(image.Size);
        csv.String(image.Company);
        csv.String(image.Product);
        csv.String(image.Version);
        csv.String(image.InternalFileName);
        csv.String(image.OriginalFileName);
        csv.String(image.Description);
        csv.Integer(1000 + random.Next(60_000));
        csv.String($"\"{image.Path}\"");
        csv.String(account.IntegrityLevel);
        csv.String(account.TokenElevation);
        csv.DateTime(at);
        csv.String(account.Domain);
        csv.String(account.Name);
        csv.String(account.Sid);
        csv.String(account.Upn);
        csv.Integer(service ? 999 : 100_000 + (long)(device.Salt % 900_000));
        csv.String(account.Domain);
        csv.String(account.Name);
        csv.String(parent.Item1);
        csv.String(parent.Item2);
        csv.String(parent.Item3);
        csv.Integer(service ? 700 + (long)(device.Salt % 200) : 4000 + (long)(device.Salt % 4000));
        csv.String(service ? "wininit.exe" : "userinit.exe");
        csv.Integer(device.NextReportId(random));
        csv.EndRow();
    }

    public static void Certificate(Utf8CsvWriter csv, DateTime at, Device device, ProcessImage image, string signer, DeterministicRandom random)
    {
        bool microsoft = signer.StartsWith("Microsoft", StringComparison.Ordinal);
        string issuer = microsoft ? "Microsoft Windows Production PCA 2011" : "DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1";
        csv.DateTime(at);
        csv.String(device.Id);
        csv.String(device.Name);
        csv.String(image.Sha1);
        csv.Boolean(true);
        csv.String("Embedded");
        csv.String(signer);
        csv.String(StableHash.Sha1Hex("signer|" + signer));
        csv.String(issuer);
        csv.String(StableHash.Sha1Hex("issuer|" + issuer));
        csv.String(StableHash.Sha1Hex("serial|" + signer)[..32]);
        csv.String(microsoft ? "http://www.microsoft.com/pkiops/crl/MicWinProPCA2011_2011-10-19.crl" : "http://crl3.digicert.com/DigiCertTrustedG4CodeSigningRSA4096SHA3842021CA1.crl");
        csv.DateTime(new DateTime(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc));
        csv.DateTime(new DateTime(2026, 1, 14, 23, 59, 59, DateTimeKind.Utc));
        csv.DateTime(at.AddDays(-30 - random.Next(300)));
        csv.Boolean(true);
        csv.Boolean(microsoft);
        csv.Integer(device.NextReportId(random));
        csv.EndRow();
    }
}
