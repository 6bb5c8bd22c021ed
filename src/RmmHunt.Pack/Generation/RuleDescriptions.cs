using RmmHunt.Pack.Catalog;

namespace RmmHunt.Pack.Generation;

/// <summary>The names and descriptions of generated rules, written for the analyst who reads a finding.</summary>
internal static class RuleDescriptions
{
    public static string Name(RmmTool tool, RuleKind kind) => $"{tool.Name} (RMM): {kind.Title}";

    public static string Description(RmmTool tool, RuleKind kind, ToolIdentity identity)
    {
        string what = kind == RuleKind.Network
            ? $"Devices where a program other than a web browser connects to {tool.Name}'s domains ({Count(identity.Domains.Count, "domain term")})."
            : kind == RuleKind.Process
                ? $"Devices where {tool.Name} runs, recognised by {ProcessEvidence(identity)}."
                : $"Devices holding files signed by {tool.Name}'s vendor ({Count(identity.Signers.Count, "signer name")}): the tool is present, whether or not it ran.";
        string why = tool.Category.Equals("RAT", StringComparison.OrdinalIgnoreCase)
            ? $"{tool.Name} is a remote access tool; intruders use such tools for hands-on-keyboard control that looks like administration."
            : $"{tool.Name} is remote monitoring and management (RMM) software: legitimate for IT support, and abused by intruders for hands-on-keyboard access that blends in with administration.";
        string persistence = kind != RuleKind.Network && RuleMetadata.InstallsService(tool)
            ? " It installs a Windows service, so its presence can also mean persistence."
            : "";
        return $"""
            {what}
            {why}{persistence}
            Where the tool is sanctioned, list it in a sanctioned-tools policy so its expected activity is suppressed and counted.
            Generated from rules/catalog/rmm-tools.json (tool '{tool.Id}'), built from the RemoteManagementMonitoringTools (MIT) and LOLRMM (Apache-2.0) catalogues.

            """;
    }

    private static string ProcessEvidence(ToolIdentity identity)
    {
        var parts = new List<string>();
        if (identity.ExactNames.Count + identity.Patterns.Count > 0) parts.Add($"file name ({Count(identity.ExactNames.Count + identity.Patterns.Count, "name")})");
        if (identity.OriginalNames.Count > 0) parts.Add("the original file name in its version resource, which survives renaming");
        if (identity.Companies.Count > 0 && identity.Products.Count > 0) parts.Add("vendor and product name together");
        else if (identity.Companies.Count > 0) parts.Add("vendor name");
        else if (identity.Products.Count > 0) parts.Add("product name");
        return parts.Count switch
        {
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " or " + parts[^1],
        };
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
