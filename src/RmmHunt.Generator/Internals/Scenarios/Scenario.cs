using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// A kind of activity that produces rows. <see cref="Fill"/> receives a cleared event whose Timestamp is
/// already set and fills every other column, including the category it counts under.
/// </summary>
internal abstract class Scenario
{
    /// <summary>Every category this scenario can label a row with.</summary>
    public abstract IReadOnlyList<string> Categories { get; }

    public abstract void Fill(NetworkEvent e, ScenarioContext context);
}
