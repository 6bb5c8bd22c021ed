using RmmHunt.Generator.Internals.Model;
using RmmHunt.Generator.Internals.Randomness;
using RmmHunt.Generator.Truth;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// All scenarios with the share of rows each gets: a family's share from <see cref="RowMix"/> is divided
/// among its members by their relative weights.
/// </summary>
internal sealed class ScenarioMix
{
    private readonly WeightedChoice<Scenario> _choice;

    private ScenarioMix(IReadOnlyList<(Scenario Scenario, double Weight)> weighted)
    {
        _choice = new WeightedChoice<Scenario>(weighted);
        Categories = weighted.SelectMany(w => w.Scenario.Categories).ToArray();
    }

    /// <summary>Every category any scenario of the mix can produce, including those with a zero share.</summary>
    public IReadOnlyList<string> Categories { get; }

    public static ScenarioMix Create(RowMix mix, Fleet fleet)
    {
        var weighted = new List<(Scenario, double)>();
        // Families are always built, in a fixed order, so the random draws they make while being set up
        // (which devices carry which agent) do not depend on the shares.
        Add(weighted, mix.ServerEyeAgent, [(new ServerEyeAgentScenario(), 1)]);
        Add(weighted, mix.ServerEyeLan, [(new ServerEyeLanScenario(), 1)]);
        Add(weighted, mix.ServerEyeBenign, ServerEyeExclusions.All.Select(x => ((Scenario)new BenignScenario(x), 1.0)));
        Add(weighted, mix.ExclusionNearMisses, [(new ExclusionNearMissScenario(), 1)]);
        Add(weighted, mix.LookAlikes, LookAlikes.Create().Select(s => (s, 1.0)));
        Add(weighted, mix.OtherRmm, OtherRmmTraffic.Create(fleet));
        Add(weighted, Math.Max(0, mix.Ordinary), OrdinaryTraffic.Create(fleet));
        return new ScenarioMix(weighted);
    }

    public Scenario Pick(DeterministicRandom random) => _choice.Pick(random);

    private static void Add(List<(Scenario, double)> weighted, double share, IEnumerable<(Scenario Scenario, double Weight)> family)
    {
        var members = family.ToArray();
        double total = members.Sum(m => m.Weight);
        foreach (var (scenario, weight) in members) weighted.Add((scenario, share * weight / total));
    }
}
