using RmmHunt.Pack.Catalog;

namespace RmmHunt.Pack.Generation;

/// <summary>
/// Decides the pack's rules: per tool a network, process and signature rule wherever the catalogue
/// has what each needs, except where an existing rule (the seed) already covers the tool and kind.
/// </summary>
internal static class RuleDesigner
{
    public const string PackFolder = "rules/pack";

    public static List<RuleDefinition> Design(RmmCatalog catalog)
    {
        var rules = new List<RuleDefinition>();
        foreach (var tool in catalog.Tools)
        {
            var identity = new ToolIdentity(tool);
            foreach (var kind in RuleKind.All)
            {
                var existing = tool.ExistingRules.FirstOrDefault(r => r.Kind == kind.Name);
                var filter = existing is not null && kind == RuleKind.Network ? RuleFilters.UpstreamNetwork(identity) : RuleFilters.For(identity, kind);
                if (filter is null) continue;
                rules.Add(new RuleDefinition
                {
                    Tool = tool,
                    Kind = kind,
                    Id = existing?.Id ?? RuleIds.For(tool.Id, kind),
                    Name = RuleDescriptions.Name(tool, kind),
                    Description = RuleDescriptions.Description(tool, kind, identity),
                    Severity = RuleMetadata.Severity(tool, kind),
                    Tactics = RuleMetadata.Tactics(tool, kind),
                    Techniques = RuleMetadata.Techniques(tool, kind),
                    Filter = filter,
                    Query = RuleQueries.Build(kind, filter, tool.Name),
                    Entities = RuleQueries.Entities(kind),
                    RelativePath = existing?.Path ?? $"{PackFolder}/{tool.Id}/{tool.Id}_{kind.Name}.yaml",
                    ExistingPath = existing?.Path,
                });
            }
        }
        return rules;
    }
}
