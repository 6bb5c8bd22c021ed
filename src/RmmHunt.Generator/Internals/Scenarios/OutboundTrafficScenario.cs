using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// The common shape of most rows: a process on some device connects out to one of a set of hosts. Some rows
/// carry no RemoteUrl, as Defender fills it only when it saw the name being resolved.
/// </summary>
internal sealed class OutboundTrafficScenario(
    string category,
    IReadOnlyList<Device> devices,
    IReadOnlyList<ProcessLaunch> launches,
    AccountKind account,
    IReadOnlyList<Destination> destinations,
    double unresolvedShare = 0.15,
    double failureRate = 0.03) : Scenario
{
    public override IReadOnlyList<string> Categories { get; } = [category];

    public override void Fill(NetworkEvent e, ScenarioContext context)
    {
        var random = context.Random;
        var device = random.Pick(devices);
        context.OnDevice(e, device);
        ProcessStamp.Apply(e, device, random.Pick(launches), account.On(device));
        ConnectionStamp.Outbound(e, device, random.Pick(destinations), random, failureRate);
        if (random.Chance(unresolvedShare)) e.RemoteUrl = null;
        e.Category = category;
    }
}
