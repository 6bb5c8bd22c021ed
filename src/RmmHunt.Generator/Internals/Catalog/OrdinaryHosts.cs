using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Catalog;

/// <summary>Host names of everyday traffic, grouped by who calls them.</summary>
internal static class OrdinaryHosts
{
    public static IReadOnlyList<Destination> Web { get; } = Https(
        "www.google.com", "www.bing.com", "login.microsoftonline.com", "outlook.office.com", "contoso.sharepoint.com",
        "contoso-my.sharepoint.com", "teams.microsoft.com", "github.com", "www.heise.de", "www.spiegel.de",
        "www.tagesschau.de", "www.linkedin.com", "www.youtube.com", "fonts.gstatic.com", "cdn.jsdelivr.net",
        "www.datev.de", "de.wikipedia.org", "www.amazon.de", "stackoverflow.com", "www.elster.de",
        "clients2.google.com", "edge.microsoft.com", "www.msn.com", "learn.microsoft.com", "www.dhl.de");

    /// <summary>Chrome speaks QUIC (UDP 443) to Google's own hosts.</summary>
    public static IReadOnlyList<Destination> GoogleQuic { get; } =
        new[] { "www.google.com", "www.youtube.com", "fonts.gstatic.com", "clients2.google.com" }
            .Select(h => new Destination(h, 443, "Udp", AddressBook.PublicAddresses(h))).ToArray();

    public static IReadOnlyList<Destination> WindowsUpdate { get; } =
    [
        .. Https("fe3cr.delivery.mp.microsoft.com", "sls.update.microsoft.com", "slscr.update.microsoft.com", "settings-win.data.microsoft.com"),
        .. Http("7.tlu.dl.delivery.mp.microsoft.com", "ctldl.windowsupdate.com", "download.windowsupdate.com"),
    ];

    public static IReadOnlyList<Destination> DefenderSensor { get; } = Https(
        "eu-v20.events.data.microsoft.com", "winatp-gw-weu.microsoft.com", "winatp-gw-neu3.microsoft.com",
        "eu.vortex-win.data.microsoft.com", "go.microsoft.com");

    public static IReadOnlyList<Destination> DefenderAntivirus { get; } = Https(
        "wdcp.microsoft.com", "wdcpalt.microsoft.com", "definitionupdates.microsoft.com", "fe3cr.delivery.mp.microsoft.com");

    public static IReadOnlyList<Destination> Outlook { get; } = Https(
        "outlook.office365.com", "outlook.office.com", "substrate.office.com", "autodiscover.contoso.de", "login.microsoftonline.com");

    public static IReadOnlyList<Destination> Teams { get; } = Https(
        "teams.microsoft.com", "teams.events.data.microsoft.com", "presence.teams.microsoft.com", "api.flightproxy.teams.microsoft.com");

    public static IReadOnlyList<Destination> OneDrive { get; } = Https(
        "g.live.com", "contoso-my.sharepoint.com", "skyapi.live.net", "oneclient.sfx.ms");

    public static IReadOnlyList<Destination> PowerShellGallery { get; } = Https(
        "www.powershellgallery.com", "psg-prod-eastus.azureedge.net", "raw.githubusercontent.com");

    public static Destination TimeService { get; } = new("time.windows.com", 123, "Udp", AddressBook.PublicAddresses("time.windows.com"));

    public static IReadOnlyList<Destination> Https(params string[] hosts) =>
        hosts.Select(h => new Destination(h, 443, "Tcp", AddressBook.PublicAddresses(h))).ToArray();

    private static IReadOnlyList<Destination> Http(params string[] hosts) =>
        hosts.Select(h => new Destination(h, 80, "Tcp", AddressBook.PublicAddresses(h))).ToArray();
}
