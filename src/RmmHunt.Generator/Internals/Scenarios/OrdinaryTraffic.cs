using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>The everyday traffic that makes up most of a real export, with relative weights.</summary>
internal static class OrdinaryTraffic
{
    private const string ChromiumNetworkService =
        "--type=utility --utility-sub-type=network.mojom.NetworkService --lang=de --service-sandbox-type=none " +
        "--field-trial-handle=1996,i,14462983458810335513,9151722785498133366,262144 --variations-seed-version /prefetch:3";

    /// <summary>An admin one-liner pasted over several lines: exercises line breaks inside a quoted CSV field.</summary>
    private const string MultiLineScript =
        "powershell.exe -NoProfile -Command \"Install-Module PSWindowsUpdate -Force;\nGet-WindowsUpdate -AcceptAll -Install\"";

    public static IEnumerable<(Scenario Scenario, double Weight)> Create(Fleet fleet)
    {
        var all = fleet.Devices;
        var workstations = fleet.Workstations;
        yield return (Outbound("browser", workstations, AccountKind.DeviceUser, [.. OrdinaryHosts.Web, .. OrdinaryHosts.GoogleQuic],
            Child(WindowsImages.Chrome, ChromiumNetworkService, "chrome.exe"),
            Child(WindowsImages.Edge, ChromiumNetworkService, "msedge.exe"),
            Child(WindowsImages.Firefox, "-contentproc -parentBuildID 20241001145637 -prefsLen 31000 -appDir \"C:\\Program Files\\Mozilla Firefox\\browser\" 12 tab", "firefox.exe")), 34);
        yield return (Outbound("office", workstations, AccountKind.DeviceUser, OrdinaryHosts.Outlook, App(WindowsImages.Outlook)), 9);
        yield return (Outbound("teams", workstations, AccountKind.DeviceUser, OrdinaryHosts.Teams,
            App(WindowsImages.Teams, "msteams.exe --system-initiated")), 7);
        yield return (Outbound("onedrive", workstations, AccountKind.DeviceUser, OrdinaryHosts.OneDrive,
            App(WindowsImages.OneDrive, "/background")), 4);
        yield return (Outbound("windows-update", all, AccountKind.System, OrdinaryHosts.WindowsUpdate,
            Service("svchost.exe -k netsvcs -p -s wuauserv")), 7);
        yield return (Outbound("time-sync", all, AccountKind.LocalService, [OrdinaryHosts.TimeService],
            Service("svchost.exe -k LocalService -s W32Time")), 2);
        yield return (Outbound("defender", all, AccountKind.System, OrdinaryHosts.DefenderSensor,
            new ProcessLaunch(WindowsImages.Sense, "\"MsSense.exe\"", ProcessLifetime.Service, "services.exe")), 6);
        yield return (Outbound("antivirus", all, AccountKind.System, OrdinaryHosts.DefenderAntivirus,
            new ProcessLaunch(WindowsImages.Antimalware, "\"MsMpEng.exe\"", ProcessLifetime.Service, "services.exe")), 4);
        yield return (Outbound("powershell", fleet.Servers, AccountKind.DeviceUser, OrdinaryHosts.PowerShellGallery,
            new ProcessLaunch(WindowsImages.PowerShell, MultiLineScript, ProcessLifetime.Transient, "explorer.exe")), 1);
        yield return (new DnsClientScenario(), 10);
        yield return (new InspectedTrafficScenario(), 10);
        yield return (new InboundTrafficScenario(), 4);
        yield return (new ListeningScenario(), 2);
    }

    private static OutboundTrafficScenario Outbound(string kind, IReadOnlyList<Device> devices, AccountKind account,
        IReadOnlyList<Destination> hosts, params ProcessLaunch[] launches) =>
        new(RowCategory.Ordinary(kind), devices, launches, account, hosts);

    private static ProcessLaunch Child(ProcessImage image, string arguments, string parent) =>
        new(image, ProcessLaunch.Quoted(image, arguments), ProcessLifetime.Session, parent);

    private static ProcessLaunch App(ProcessImage image, string arguments = "") =>
        new(image, ProcessLaunch.Quoted(image, arguments), ProcessLifetime.Session, "explorer.exe");

    private static ProcessLaunch Service(string commandLine) =>
        new(WindowsImages.Svchost, commandLine, ProcessLifetime.Service, "services.exe");
}
