using RmmHunt.Generator.Internals.Catalog;
using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>Each other RMM agent, installed on its own few devices, talking to its vendor's cloud.</summary>
internal static class OtherRmmTraffic
{
    public static IEnumerable<(Scenario Scenario, double Weight)> Create(Fleet fleet) =>
        OtherRmmTools.All.Select(tool => ((Scenario)new OutboundTrafficScenario(
            RowCategory.OtherRmm(tool.Name), fleet.Subset(0.08, 1), [tool.Agent], AccountKind.System, tool.Hosts,
            unresolvedShare: 0.1, failureRate: 0.05), 1.0)).ToArray();
}
