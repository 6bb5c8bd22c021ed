namespace RmmHunt.Pack.Catalog;

/// <summary>The RMM tool catalogue: the public catalogues it was built from and every tool with something to hunt on.</summary>
public sealed record RmmCatalog
{
    public const string CurrentFormat = "rmmhunt-rmm-catalog/1";

    public string Format { get; init; } = CurrentFormat;

    /// <summary>How the file was made, for a reader who finds it without context.</summary>
    public string Note { get; init; } = "";

    public IReadOnlyList<CatalogSource> Sources { get; init; } = [];

    /// <summary>Tools in id order.</summary>
    public IReadOnlyList<RmmTool> Tools { get; init; } = [];

    /// <summary>Tools the sources list without anything the pack can hunt on (see their rejected values in the sources).</summary>
    public IReadOnlyList<ToolWithoutIndicators> ToolsWithoutIndicators { get; init; } = [];

    public RmmTool? Find(string id) => Tools.FirstOrDefault(t => t.Id == id);
}

/// <summary>A tool the sources list but give nothing usable to hunt on (all its values were rejected, or it has none).</summary>
public sealed record ToolWithoutIndicators(string Name, IReadOnlyList<string> Entries, int RejectedValues);
