using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Truth;

/// <summary>
/// One of the seed's benign scenarios: its id (as in samples/exclusions.yaml), our description, the filter in
/// the seed's own syntax, and the same filter as C# conditions any one of which removes an event.
/// </summary>
public sealed class ServerEyeExclusion
{
    private readonly IReadOnlyList<Func<NetworkEvent, bool>> _conditions;

    internal ServerEyeExclusion(string id, string scenario, string description, string filter,
        params Func<NetworkEvent, bool>[] conditions)
    {
        Id = id;
        Scenario = scenario;
        Description = description;
        Filter = filter;
        _conditions = conditions;
    }

    public string Id { get; }

    /// <summary>The scenario title as the seed names it.</summary>
    public string Scenario { get; }

    public string Description { get; }

    public string Filter { get; }

    internal bool Matches(NetworkEvent e)
    {
        foreach (var condition in _conditions)
        {
            if (condition(e)) return true;
        }
        return false;
    }
}
