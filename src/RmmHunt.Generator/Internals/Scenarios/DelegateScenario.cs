using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>A one-off scenario given as a function; used for the many small look-alike variants.</summary>
internal sealed class DelegateScenario(string category, Action<NetworkEvent, ScenarioContext> fill) : Scenario
{
    public override IReadOnlyList<string> Categories { get; } = [category];

    public override void Fill(NetworkEvent e, ScenarioContext context)
    {
        fill(e, context);
        e.Category = category;
    }
}
