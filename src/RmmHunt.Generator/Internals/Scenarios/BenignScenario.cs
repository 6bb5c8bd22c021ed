using RmmHunt.Generator.Internals.Model;
using RmmHunt.Generator.Truth;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// One of the seed's benign scenarios: a row the rule matches and the scenario's exclusion removes. Some rows
/// also carry a trait of another exclusion, so per-exclusion counts must count such events twice.
/// </summary>
internal sealed class BenignScenario(ServerEyeExclusion exclusion) : Scenario
{
    private const double OverlapShare = 0.12;

    private readonly IReadOnlyList<ExclusionTrait> _traits = ExclusionTraits.For(exclusion);
    private readonly IReadOnlyList<ExclusionTrait> _overlaps =
        ExclusionTraits.All.Where(t => t.Exclusion != exclusion && t.Overlap is not null).ToArray();

    public override IReadOnlyList<string> Categories { get; } = [RowCategory.Benign(exclusion.Id)];

    public override void Fill(NetworkEvent e, ScenarioContext context)
    {
        var device = ServerEyeCloudRow.Fill(e, context);
        context.Random.Pick(_traits).Primary(e, device, context);
        if (context.Random.Chance(OverlapShare)) context.Random.Pick(_overlaps).Overlap!(e, device, context);
        e.Category = Categories[0];
    }
}
