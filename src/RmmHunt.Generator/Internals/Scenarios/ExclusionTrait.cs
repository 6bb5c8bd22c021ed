using RmmHunt.Generator.Internals.Model;
using RmmHunt.Generator.Truth;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// One way a ServerEye cloud row meets one condition of a seed exclusion. <see cref="Primary"/> may swap the
/// process; <see cref="Overlap"/>, when present, changes a single column so it can be laid over a row of
/// another benign scenario, giving events that two exclusions remove.
/// </summary>
internal sealed record ExclusionTrait(
    ServerEyeExclusion Exclusion,
    Action<NetworkEvent, Device, ScenarioContext> Primary,
    Action<NetworkEvent, Device, ScenarioContext>? Overlap = null);
