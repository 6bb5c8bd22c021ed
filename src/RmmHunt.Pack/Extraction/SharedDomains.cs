using RmmHunt.Pack.Catalog;

namespace RmmHunt.Pack.Extraction;

/// <summary>
/// A domain that several tools list stays only with the tools it demonstrably belongs to: one whose
/// finished hunt uses it, or whose names it shares a word with. LOLRMM gives tailscale.com for
/// Tactical RMM as well as for Tailscale, for instance; a Tactical RMM rule on it would report every
/// Tailscale user. When no claimant can be told apart, all keep it.
/// </summary>
internal static class SharedDomains
{
    public static void Resolve(IReadOnlyList<ToolDraft> drafts)
    {
        var claims = drafts
            .SelectMany(d => d.Field(IndicatorField.Domains).All.Select(c => (Draft: d, Candidate: c)))
            .GroupBy(c => c.Candidate.Key, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1);
        foreach (var claim in claims)
        {
            var owners = claim.Where(c => c.Candidate.Authoritative || c.Draft.Corroboration.SupportsDomain(c.Candidate.Value)).ToList();
            if (owners.Count == 0) continue;
            string ownerNames = string.Join(", ", owners.Select(o => o.Draft.Group.Name));
            foreach (var (draft, candidate) in claim.Except(owners))
                draft.Withdraw(IndicatorField.Domains, candidate, $"also listed for {ownerNames}, and nothing ties it to this tool");
        }
    }
}
