using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// ServerEye's own services talking to the ServerEye cloud: heartbeats, pushes and queue polls, almost all
/// successful. Rows from before the rule window are counted apart, since the rule must not report them.
/// </summary>
internal sealed class ServerEyeAgentScenario : Scenario
{
    private static readonly WeightedChoice<Agent> Agents = new(
    [
        (new Agent(ProcessLaunch.Service(ServerEyeImages.OccConnector), ServerEyeNetwork.CoreHosts), 35),
        (new Agent(ProcessLaunch.Service(ServerEyeImages.Sensorhub),
            [ServerEyeNetwork.Push, ServerEyeNetwork.Queue, ServerEyeNetwork.Config]), 30),
        (new Agent(ProcessLaunch.Service(ServerEyeImages.ServiceProxy, "-service"),
            [ServerEyeNetwork.Api, ServerEyeNetwork.Config]), 20),
        (new Agent(new ProcessLaunch(ServerEyeImages.Filedepot, ProcessLaunch.Quoted(ServerEyeImages.Filedepot, "--sync"),
            ProcessLifetime.Transient, "CCService.exe"), [ServerEyeNetwork.Occ, ServerEyeNetwork.Api]), 12),
        (new Agent(new ProcessLaunch(ServerEyeImages.ErrorReport, ProcessLaunch.Quoted(ServerEyeImages.ErrorReport, "/auto"),
            ProcessLifetime.Transient, "CCService.exe"), [ServerEyeNetwork.Share]), 3),
    ]);

    public override IReadOnlyList<string> Categories { get; } =
        [RowCategory.ServerEyeAgent, RowCategory.ServerEyeAgentBeforeWindow];

    public override void Fill(NetworkEvent e, ScenarioContext context)
    {
        var random = context.Random;
        var device = context.ServerEyeDevice();
        var agent = Agents.Pick(random);
        // Only the connector host runs the OCC-Connector service; Sensorhubs elsewhere call out themselves.
        if (agent.Launch.Image == ServerEyeImages.OccConnector && device != context.Fleet.OccConnector)
            agent = Agents.Items[1];
        context.OnDevice(e, device);
        ProcessStamp.Apply(e, device, agent.Launch, Account.System);
        ConnectionStamp.Outbound(e, device, random.Pick(agent.Hosts), random, failureRate: 0.04);
        e.Category = e.Timestamp < context.RuleWindowStart
            ? RowCategory.ServerEyeAgentBeforeWindow
            : RowCategory.ServerEyeAgent;
    }

    private sealed record Agent(ProcessLaunch Launch, IReadOnlyList<Destination> Hosts);
}
