namespace RmmHunt.Pack.Generation;

/// <summary>A Sentinel entity mapping of a generated rule: the entity type and identifier → result column.</summary>
internal sealed record EntityMappingSpec(string EntityType, IReadOnlyList<(string Identifier, string Column)> Fields);
