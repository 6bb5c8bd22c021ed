using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// Matching ServerEye rows that come close to an exclusion without meeting it: the real Task Scheduler host
/// (taskhostw.exe, not the literal "Task Scheduler"), a longer process or user name, ServerEyeUpdater.exe
/// (not ServerEyeUpdate.exe), an address just outside 172.16.0.0/12 or 192.168.0.0/16, port 5140.
/// An engine that turns "equals" into "contains" or gets a subnet edge wrong removes these by mistake.
/// </summary>
internal sealed class ExclusionNearMissScenario : Scenario
{
    private static readonly string[] AddressesOutsideInternalRanges = ["172.32.18.7", "172.15.200.9", "192.169.4.20", "11.0.0.10"];

    private static readonly Action<NetworkEvent, Device, ScenarioContext>[] Variants =
    [
        (e, d, _) => Run(e, d, ServerEyeImages.Tasks, "/run healthcheck", "taskhostw.exe", Account.System),
        (e, d, _) => Run(e, d, ServerEyeImages.MonitorService, "-service", "services.exe", Account.System),
        (e, d, _) => Run(e, d, ServerEyeImages.Wizard, "/update /silent", "explorer.exe", TenantNames.AdminUser with
        {
            Name = "admin_user2",
            Sid = TenantNames.DomainSid + "-1501",
            Upn = "admin_user2@contoso.de",
        }),
        (e, d, _) => Run(e, d, ServerEyeImages.Updater, "/check", "ServiceProxyLocalSys.exe", Account.System),
        (e, _, c) =>
        {
            e.RemoteIP = c.Random.Pick(AddressesOutsideInternalRanges);
            e.RemoteIPType = AddressBook.TypeOf(e.RemoteIP);
        },
        (e, _, _) => e.RemotePort = 5140,
    ];

    public override IReadOnlyList<string> Categories { get; } = [RowCategory.ExclusionNearMiss];

    public override void Fill(NetworkEvent e, ScenarioContext context)
    {
        var device = ServerEyeCloudRow.Fill(e, context);
        context.Random.Pick(Variants)(e, device, context);
        e.Category = RowCategory.ExclusionNearMiss;
    }

    private static void Run(NetworkEvent e, Device device, ProcessImage image, string arguments, string parent, Account account) =>
        ServerEyeCloudRow.Restamp(e, device, new ProcessLaunch(image, ProcessLaunch.Quoted(image, arguments), ProcessLifetime.Transient, parent), account);
}
