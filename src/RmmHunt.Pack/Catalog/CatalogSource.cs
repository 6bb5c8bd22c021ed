namespace RmmHunt.Pack.Catalog;

/// <summary>A public catalogue the tool entries are taken from, with the snapshot and licence.</summary>
public sealed record CatalogSource(string Key, string Name, string Repository, string Commit, string Licence);
