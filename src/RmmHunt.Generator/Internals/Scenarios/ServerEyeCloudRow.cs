using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// The starting point of benign, near-miss and look-alike rows: a ServerEye service proxy on a ServerEye
/// device calling one of the five cloud hosts, which the rule matches until a scenario changes something.
/// </summary>
internal static class ServerEyeCloudRow
{
    public static ProcessLaunch ServiceProxy { get; } = ProcessLaunch.Service(ServerEyeImages.ServiceProxy, "-service");

    public static Device Fill(NetworkEvent e, ScenarioContext context)
    {
        var device = context.ServerEyeDevice();
        context.OnDevice(e, device);
        ProcessStamp.Apply(e, device, ServiceProxy, Account.System);
        ConnectionStamp.Outbound(e, device, context.Random.Pick(ServerEyeNetwork.CoreHosts), context.Random, failureRate: 0.02);
        return device;
    }

    /// <summary>Runs another process on the same row, keeping the network columns.</summary>
    public static void Restamp(NetworkEvent e, Device device, ProcessLaunch launch, Account account) =>
        ProcessStamp.Apply(e, device, launch, account);
}
