using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Catalog;

/// <summary>
/// ServerEye binaries. Install folder, ServiceProxyLocalSys.exe, ServerEye.Filedepot.exe, the tools folder and
/// the service names come from public ServerEye scripts (see reference/data/servereye.md); the executables
/// behind the Sensorhub/OCC-Connector services and the seed scenarios' helpers are plausible inventions.
/// The three product spellings all occur, as ServerEye renamed itself over the years.
/// </summary>
internal static class ServerEyeImages
{
    public const string Vendor = "Krämer IT Solutions GmbH";
    public const string InstallDir = @"C:\Program Files (x86)\Server-Eye";

    public static ProcessImage OccConnector { get; } =
        Make(@"\MACService.exe", "Server-Eye", "4.0.1010.0", "Server-Eye OCC-Connector", 1_482_752);

    public static ProcessImage Sensorhub { get; } =
        Make(@"\CCService.exe", "Server-Eye Agent", "4.0.1010.0", "Server-Eye Sensorhub", 2_211_840);

    public static ProcessImage ServiceProxy { get; } =
        Make(@"\service\ServiceProxyLocalSys.exe", "Server-Eye", "4.0.1010.0", "Server-Eye Service Proxy", 187_904);

    public static ProcessImage Filedepot { get; } =
        Make(@"\service\902\ServerEye.Filedepot.exe", "ServerEye", "4.0.902.0", "ServerEye Filedepot", 96_256);

    public static ProcessImage ErrorReport { get; } =
        Make(@"\tools\ServerEye.ErrorReport.exe", "ServerEye", "4.0.995.0", "ServerEye Error Report", 412_160);

    public static ProcessImage Tasks { get; } =
        Make(@"\service\ServerEye.Tasks.exe", "ServerEye", "4.0.1010.0", "ServerEye Scheduled Tasks", 143_872);

    public static ProcessImage Monitor { get; } =
        Make(@"\ServerEyeMonitor.exe", "ServerEye", "4.0.1010.0", "ServerEye System Monitor", 318_464);

    public static ProcessImage Update { get; } =
        Make(@"\ServerEyeUpdate.exe", "Server-Eye", "4.0.1010.0", "Server-Eye Updater", 2_904_064);

    public static ProcessImage Wizard { get; } =
        Make(@"\service\1\Wizard.exe", "Server-Eye", "4.0.1.0", "Server-Eye Installation Wizard", 5_126_144);

    public static ProcessImage Toolkit { get; } =
        Make(@"\tools\toolkit\ServerEye.Toolkit.exe", "ServerEye", "2.3.0.0", "ServerEye Toolkit", 1_021_952);

    public static ProcessImage Scan { get; } =
        Make(@"\service\ServerEyeScan.exe", "Server-Eye Agent", "4.0.1010.0", "Server-Eye Network Inventory", 655_360);

    public static ProcessImage LogCollector { get; } =
        Make(@"\service\ServerEyeLogCollector.exe", "Server-Eye Agent", "4.0.1010.0", "Server-Eye Log Collector", 448_512);

    /// <summary>Near misses for the exclusions: names that contain, but are not, the excluded names.</summary>
    public static ProcessImage Updater { get; } =
        Make(@"\ServerEyeUpdater.exe", "Server-Eye", "4.0.1010.0", "Server-Eye Update Checker", 1_204_224);

    public static ProcessImage MonitorService { get; } =
        Make(@"\ServerEyeMonitorSvc.exe", "ServerEye", "4.0.1010.0", "ServerEye Monitor Service", 229_376);

    private static ProcessImage Make(string relativePath, string product, string version, string description, long size) =>
        new(InstallDir + relativePath, Vendor, product, version, description, size);
}
