using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;
using RmmHunt.Generator.Truth;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>Two traits per seed exclusion, one for each side of its <c>or</c>.</summary>
internal static class ExclusionTraits
{
    private static readonly string[] InternalProxies = ["10.0.10.250", "172.16.40.12", "192.168.178.1"];

    public static IReadOnlyList<ExclusionTrait> All { get; } =
    [
        new(ServerEyeExclusions.ScheduledMonitoring,
            (e, d, c) => ServerEyeCloudRow.Restamp(e, d, Launch(ServerEyeImages.Tasks, "/run healthcheck", Spelled(c, "Task Scheduler")), Account.System),
            (e, _, c) => e.InitiatingProcessParentFileName = Spelled(c, "Task Scheduler")),
        new(ServerEyeExclusions.ScheduledMonitoring,
            (e, d, c) => ServerEyeCloudRow.Restamp(e, d, MonitorLaunch(c), Account.System)),
        new(ServerEyeExclusions.AgentUpdate,
            (e, d, c) => ServerEyeCloudRow.Restamp(e, d, Launch(ServerEyeImages.Wizard, "/update /silent", "explorer.exe"), TenantNames.AdminUser),
            (e, _, _) => ProcessStamp.StampAccount(e, TenantNames.AdminUser)),
        new(ServerEyeExclusions.AgentUpdate,
            (e, d, c) => ServerEyeCloudRow.Restamp(e, d, UpdateLaunch(c), Account.System)),
        new(ServerEyeExclusions.RemoteDesktop,
            (e, d, c) => RemoteDesktopToolkit(e, d, c, "mstsc.exe"),
            (e, _, _) => e.InitiatingProcessParentFileName = "mstsc.exe"),
        new(ServerEyeExclusions.RemoteDesktop,
            (e, d, c) => RemoteDesktopToolkit(e, d, c, "tsclient.exe"),
            (e, _, _) => e.InitiatingProcessParentFileName = "tsclient.exe"),
        new(ServerEyeExclusions.NetworkInventory,
            (e, d, _) => ServerEyeCloudRow.Restamp(e, d,
                Launch(ServerEyeImages.Scan, "--inventory --ranges \"10.0.0.0/8,172.16.0.0/12,192.168.0.0/16\" --ports 22,80,443,445", "CCService.exe"),
                Account.System)),
        new(ServerEyeExclusions.NetworkInventory, ThroughInternalProxy, ThroughInternalProxy),
        new(ServerEyeExclusions.LogCollection,
            (e, d, _) => ServerEyeCloudRow.Restamp(e, d,
                Launch(ServerEyeImages.LogCollector, "-forward queue.server-eye.de -channels System,Application -since 24h", "CCService.exe"),
                Account.System)),
        new(ServerEyeExclusions.LogCollection, ToSyslogPort, ToSyslogPort),
    ];

    public static IReadOnlyList<ExclusionTrait> For(ServerEyeExclusion exclusion) =>
        All.Where(t => t.Exclusion == exclusion).ToArray();

    private static ProcessLaunch Launch(ProcessImage image, string arguments, string parent) =>
        new(image, ProcessLaunch.Quoted(image, arguments), ProcessLifetime.Transient, parent);

    /// <summary>Exclusion fields compare ignoring case, so some rows spell the value differently.</summary>
    private static string Spelled(ScenarioContext context, string value) =>
        context.Random.Chance(0.25) ? value.ToUpperInvariant() : value;

    private static ProcessLaunch MonitorLaunch(ScenarioContext context)
    {
        var image = context.Random.Chance(0.3) ? ServerEyeImages.Monitor.ReportedAs("servereyemonitor.exe") : ServerEyeImages.Monitor;
        return Launch(image, "/check all /report", "svchost.exe");
    }

    private static ProcessLaunch UpdateLaunch(ScenarioContext context)
    {
        var launch = Launch(ServerEyeImages.Update, "/silent /channel=stable", "ServiceProxyLocalSys.exe");
        return context.Random.Chance(0.3) ? launch with { CommandLine = launch.CommandLine.ToLowerInvariant() } : launch;
    }

    /// <summary>The toolkit, started from a Remote Desktop session by the server's admin.</summary>
    private static void RemoteDesktopToolkit(NetworkEvent e, Device device, ScenarioContext context, string parent)
    {
        var from = context.Random.Pick(context.Fleet.Workstations);
        var toolkit = new ProcessLaunch(ServerEyeImages.Toolkit, ProcessLaunch.Quoted(ServerEyeImages.Toolkit, ""), ProcessLifetime.Session, parent);
        ServerEyeCloudRow.Restamp(e, device, toolkit, device.User.Elevated().InSession(2 + context.Random.Next(3)));
        e.IsInitiatingProcessRemoteSession = true;
        e.InitiatingProcessRemoteSessionDeviceName = from.Name[..from.Name.IndexOf('.')].ToUpperInvariant();
        e.InitiatingProcessRemoteSessionIP = from.LocalIp;
    }

    /// <summary>Split DNS sends the cloud host name to an internal reverse proxy.</summary>
    private static void ThroughInternalProxy(NetworkEvent e, Device device, ScenarioContext context)
    {
        e.RemoteIP = context.Random.Pick(InternalProxies);
        e.RemoteIPType = AddressBook.TypeOf(e.RemoteIP);
    }

    private static void ToSyslogPort(NetworkEvent e, Device device, ScenarioContext context) => e.RemotePort = 514;
}
