using RmmHunt.Pack.Catalog;

namespace RmmHunt.Pack.Generation;

/// <summary>
/// One rule of the pack for one tool and kind: its Sentinel metadata, the row filter it applies and
/// the query built around it. <see cref="ExistingPath"/> is set for a rule the pack does not write
/// because one outside it covers the tool and kind (the seed); it still gets fixtures.
/// </summary>
internal sealed record RuleDefinition
{
    public required RmmTool Tool { get; init; }
    public required RuleKind Kind { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required string Severity { get; init; }
    public required IReadOnlyList<string> Tactics { get; init; }
    public required IReadOnlyList<string> Techniques { get; init; }

    /// <summary>The rule's conditions on the table's rows, besides the time window.</summary>
    public required Condition Filter { get; init; }

    public required string Query { get; init; }
    public required IReadOnlyList<EntityMappingSpec> Entities { get; init; }

    /// <summary>Where the rule file is, relative to the repository root, with '/' separators.</summary>
    public required string RelativePath { get; init; }

    public string? ExistingPath { get; init; }

    public bool IsGenerated => ExistingPath is null;
}
