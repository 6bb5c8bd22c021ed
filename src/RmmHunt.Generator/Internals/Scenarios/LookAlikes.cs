using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// Rows that a substring search for server-eye/servereye or a loose vendor comparison would report, but the
/// rule's term matching must not: each changes exactly one of the three conditions of a matching row.
/// The one exception is a ServerEye binary calling <c>server-eye.de.attacker.example</c>, which <c>has</c>
/// does match (the needle sits between term boundaries) and the truth counts as a finding.
/// </summary>
internal static class LookAlikes
{
    public const string AttackerSuffixHost = "server-eye.de.attacker.example";

    private static readonly ProcessImage ImpostorProxy = new(@"C:\ProgramData\Server-Eye3\ServiceProxyLocalSys.exe",
        "Kraemer IT Services Ltd", "Server-Eye", "4.0.1010.0", "Server-Eye Service Proxy", 203_776);

    private static readonly ProcessImage ThirdPartyMonitor = new(@"C:\Program Files\ServerEyeMonitor\SEMonitor.exe",
        ServerEyeImages.Vendor, "ServerEyeMonitor", "1.2.0.0", "ServerEye Monitor Dashboard", 1_310_720);

    public static IEnumerable<Scenario> Create()
    {
        yield return WithUrl("url-myserver-eye.de", "myserver-eye.de");
        yield return WithUrl("url-server-eye.com", "server-eye.com");
        yield return WithUrl("url-www.servereye.de", "www.servereye.de");
        yield return WithUrl("url-attacker-suffix-true-vendor", AttackerSuffixHost);
        yield return new DelegateScenario(RowCategory.LookAlike("url-attacker-suffix-fake-vendor"), (e, c) =>
        {
            var device = ServerEyeCloudRow.Fill(e, c);
            ServerEyeCloudRow.Restamp(e, device, ProcessLaunch.Service(ImpostorProxy, "-service"), Account.System);
            Redirect(e, AttackerSuffixHost, c);
        });
        yield return WithImage("vendor-without-umlaut", ServerEyeImages.ServiceProxy.WithVersionInfo("Kramer IT Solutions GmbH", "Server-Eye"));
        yield return WithImage("vendor-mojibake", ServerEyeImages.ServiceProxy.WithVersionInfo("KrÃ¤mer IT Solutions GmbH", "Server-Eye"));
        yield return WithImage("product-ServerEyeMonitor", ThirdPartyMonitor);
        yield return new DelegateScenario(RowCategory.LookAlike("browser-to-occ-console"), (e, c) =>
        {
            var device = c.Random.Pick(c.Fleet.Workstations);
            c.OnDevice(e, device);
            var chrome = new ProcessLaunch(WindowsImages.Chrome, "\"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe\" https://occ.server-eye.de/",
                ProcessLifetime.Session, "explorer.exe");
            ProcessStamp.Apply(e, device, chrome, device.User);
            ConnectionStamp.Outbound(e, device, ServerEyeNetwork.Occ, c.Random);
        });
        yield return new DelegateScenario(RowCategory.LookAlike("dns-query-only"), (e, c) =>
        {
            var device = c.ServerEyeDevice();
            var host = c.Random.Pick(ServerEyeNetwork.CoreHosts);
            InspectedTrafficScenario.Dns(e, device, c, host.Url!, c.Random.Pick(host.Addresses));
        });
    }

    private static DelegateScenario WithUrl(string variant, string host) =>
        new(RowCategory.LookAlike(variant), (e, c) =>
        {
            ServerEyeCloudRow.Fill(e, c);
            Redirect(e, host, c);
        });

    private static DelegateScenario WithImage(string variant, ProcessImage image) =>
        new(RowCategory.LookAlike(variant), (e, c) =>
        {
            var device = ServerEyeCloudRow.Fill(e, c);
            ServerEyeCloudRow.Restamp(e, device, ProcessLaunch.Service(image, "-service"), Account.System);
        });

    private static void Redirect(NetworkEvent e, string host, ScenarioContext context)
    {
        e.RemoteUrl = host;
        e.RemoteIP = context.Random.Pick(AddressBook.PublicAddresses(host));
        e.RemoteIPType = "Public";
    }
}
