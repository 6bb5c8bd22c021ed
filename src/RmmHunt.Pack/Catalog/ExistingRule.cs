namespace RmmHunt.Pack.Catalog;

/// <summary>
/// A rule outside the generated pack that already covers one kind for a tool (the seed's ServerEye
/// network rule): the generator writes no rule of that kind, and the fixtures test the existing one.
/// </summary>
public sealed record ExistingRule(string Kind, string Id, string Path);
