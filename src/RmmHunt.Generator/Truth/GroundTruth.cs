namespace RmmHunt.Generator.Truth;

/// <summary>
/// What the generator knows it wrote, and what the seed ServerEye rule must therefore find in it, with and
/// without the seed's exclusions. Computed from the generated rows by <see cref="ServerEyeNetworkRule"/>
/// and <see cref="ServerEyeExclusions"/>, never by running a query engine.
/// </summary>
public sealed record GroundTruth
{
    public required string Table { get; init; }
    public required string RuleId { get; init; }
    public required string RuleName { get; init; }
    public required GeneratorOptions Parameters { get; init; }

    /// <summary>The instant <c>now()</c> stood for, and the rule window it implies (both ends inclusive).</summary>
    public required DateTime Now { get; init; }
    public required DateTime RuleWindowStart { get; init; }
    public required DateTime RuleWindowEnd { get; init; }

    public required long Rows { get; init; }

    /// <summary>Rows per generating scenario, by category name (see <c>samples/README.md</c>).</summary>
    public required IReadOnlyDictionary<string, long> RowsByCategory { get; init; }

    /// <summary>Events passing both <c>where</c> clauses, before exclusions.</summary>
    public required long MatchingEvents { get; init; }

    /// <summary>Matching events that at least one exclusion removed (each counted once).</summary>
    public required long RemovedEvents { get; init; }

    /// <summary>Per exclusion id, the matching events it removes; an event two exclusions match counts for both.</summary>
    public required IReadOnlyDictionary<string, long> RemovedByExclusion { get; init; }

    public required IReadOnlyList<ExpectedGroup> GroupsWithoutExclusions { get; init; }
    public required IReadOnlyList<ExpectedGroup> GroupsWithExclusions { get; init; }
}
