using RmmHunt.Pack.Catalog;

namespace RmmHunt.Pack.Generation;

/// <summary>The catalogue values of a tool split the way the rules use them.</summary>
internal sealed record ToolIdentity(RmmTool Tool)
{
    public IReadOnlyList<string> Domains => Values(Tool.Domains);

    /// <summary>Executable names matched exactly.</summary>
    public IReadOnlyList<string> ExactNames => Tool.ProcessNames.Select(p => p.Value).Where(v => !v.Contains('*')).ToList();

    /// <summary><c>prefix*suffix</c> patterns as (prefix, suffix).</summary>
    public IReadOnlyList<(string Prefix, string Suffix)> Patterns => Tool.ProcessNames
        .Select(p => p.Value).Where(v => v.Contains('*'))
        .Select(v => (v[..v.IndexOf('*')], v[(v.IndexOf('*') + 1)..])).ToList();

    public IReadOnlyList<string> OriginalNames => Values(Tool.OriginalFileNames);
    public IReadOnlyList<string> Companies => Values(Tool.Companies);
    public IReadOnlyList<string> Products => Values(Tool.Products);
    public IReadOnlyList<string> Signers => Values(Tool.Signers);

    public bool HasProcessIdentity => ExactNames.Count + Patterns.Count + OriginalNames.Count + Companies.Count + Products.Count > 0;

    private static IReadOnlyList<string> Values(IReadOnlyList<Indicator> indicators) => indicators.Select(i => i.Value).ToList();
}
