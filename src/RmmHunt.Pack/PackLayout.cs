namespace RmmHunt.Pack;

/// <summary>Where the pack's files live in the repository.</summary>
public sealed record PackLayout(string Repository)
{
    public string CatalogPath => Path.Combine(Repository, "rules", "catalog", "rmm-tools.json");
    public string CurationPath => Path.Combine(Repository, "tools", "RmmHunt.PackBuilder", "curation.yaml");
    public string PackDirectory => Path.Combine(Repository, "rules", "pack");
    public string FixtureDirectory => Path.Combine(PackDirectory, "fixtures");
}
