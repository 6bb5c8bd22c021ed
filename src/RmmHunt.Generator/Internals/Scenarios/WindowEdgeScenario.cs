using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// An OCC-Connector heartbeat at an exact instant the timeline chose (now−5d−100ns, now−5d or now), so a
/// test of <c>between</c> sees one row just outside and two rows on the inclusive ends.
/// </summary>
internal sealed class WindowEdgeScenario : Scenario
{
    private static readonly ProcessLaunch Connector = ProcessLaunch.Service(ServerEyeImages.OccConnector);

    public override IReadOnlyList<string> Categories { get; } = [RowCategory.ServerEyeWindowEdge];

    public override void Fill(NetworkEvent e, ScenarioContext context)
    {
        var device = context.Fleet.OccConnector;
        context.OnDevice(e, device);
        ProcessStamp.Apply(e, device, Connector, Account.System);
        ConnectionStamp.Outbound(e, device, ServerEyeNetwork.Api, context.Random, failureRate: 0);
        e.Category = RowCategory.ServerEyeWindowEdge;
    }
}
