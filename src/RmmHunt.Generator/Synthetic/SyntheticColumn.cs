namespace RmmHunt.Generator.Synthetic;

/// <summary>A column to fill: its name (which decides what kind of value it gets) and its KQL type name.</summary>
public sealed record SyntheticColumn(string Name, string Type);
