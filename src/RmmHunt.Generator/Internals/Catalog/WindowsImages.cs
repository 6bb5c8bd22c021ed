using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Catalog;

/// <summary>Everyday Windows, Office, browser and Defender binaries (paths as Defender reports them).</summary>
internal static class WindowsImages
{
    private const string Microsoft = "Microsoft Corporation";
    private const string WindowsProduct = "Microsoft® Windows® Operating System";

    public static ProcessImage Svchost { get; } =
        new(@"c:\windows\system32\svchost.exe", Microsoft, WindowsProduct, "10.0.22621.1", "Host Process for Windows Services", 79_920);

    public static ProcessImage Lsass { get; } =
        new(@"c:\windows\system32\lsass.exe", Microsoft, WindowsProduct, "10.0.20348.2527", "Local Security Authority Process", 89_408);

    public static ProcessImage PowerShell { get; } =
        new(@"c:\windows\system32\windowspowershell\v1.0\powershell.exe", Microsoft, WindowsProduct, "10.0.22621.3527", "Windows PowerShell", 455_680);

    public static ProcessImage Sense { get; } =
        new ProcessImage(@"c:\program files\windows defender advanced threat protection\mssense.exe", Microsoft, WindowsProduct,
            "10.8760.22621.3880", "Windows Defender Advanced Threat Protection Service Executable", 402_352).ReportedAs("MsSense.exe");

    public static ProcessImage Antimalware { get; } =
        new ProcessImage(@"c:\programdata\microsoft\windows defender\platform\4.18.24080.9-0\msmpeng.exe", Microsoft, WindowsProduct,
            "4.18.24080.9", "Antimalware Service Executable", 133_584).ReportedAs("MsMpEng.exe");

    public static ProcessImage Chrome { get; } =
        new(@"C:\Program Files\Google\Chrome\Application\chrome.exe", "Google LLC", "Google Chrome", "129.0.6668.90", "Google Chrome", 3_236_632);

    public static ProcessImage Edge { get; } =
        new(@"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe", Microsoft, "Microsoft Edge", "129.0.2792.79", "Microsoft Edge", 4_152_400);

    public static ProcessImage Firefox { get; } =
        new(@"C:\Program Files\Mozilla Firefox\firefox.exe", "Mozilla Corporation", "Firefox", "131.0.2", "Firefox", 667_704);

    public static ProcessImage Outlook { get; } =
        new(@"C:\Program Files\Microsoft Office\root\Office16\OUTLOOK.EXE", Microsoft, "Microsoft Outlook", "16.0.17928.20156", "Microsoft Outlook", 43_106_320);

    public static ProcessImage Teams { get; } =
        new(@"C:\Program Files\WindowsApps\MSTeams_24243.1309.3132.617_x64__8wekyb3d8bbwe\ms-teams.exe", Microsoft, "Microsoft Teams",
            "24243.1309.3132.617", "Microsoft Teams", 1_043_504);

    public static ProcessImage OneDrive { get; } =
        new(@"C:\Program Files\Microsoft OneDrive\OneDrive.exe", Microsoft, "Microsoft OneDrive", "24.181.0908.0002", "Microsoft OneDrive", 3_601_712);
}
