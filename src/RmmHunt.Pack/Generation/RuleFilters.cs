namespace RmmHunt.Pack.Generation;

/// <summary>
/// The row filter of each kind of rule, from the tool's catalogue values.
/// <list type="bullet">
/// <item>Network: a connection to one of the tool's domains from anything but a web browser. Browsers
/// reach vendor sites for downloads and documentation; any other program talking to the vendor's
/// cloud is the tool itself (renamed or not), an installer, or a script fetching it.</item>
/// <item>Process: the tool's executable by name, by the original file name in its version resource
/// (which survives renaming), by a name pattern, or by vendor and product name together.</item>
/// <item>Signature: a file signed by the tool's vendor.</item>
/// </list>
/// </summary>
internal static class RuleFilters
{
    /// <summary>Web browsers (and the embedded browser), whose visits to vendor sites are not the tool at work.</summary>
    public static readonly IReadOnlyList<string> Browsers =
        ["chrome.exe", "msedge.exe", "firefox.exe", "iexplore.exe", "opera.exe", "brave.exe", "vivaldi.exe", "msedgewebview2.exe"];

    public static Condition? For(ToolIdentity tool, RuleKind kind)
    {
        if (kind == RuleKind.Network)
            return tool.Domains.Count == 0 ? null : new AllOf([new HasAny("RemoteUrl", tool.Domains), new NotIn("InitiatingProcessFileName", Browsers)]);
        if (kind == RuleKind.Signature)
            return tool.Signers.Count == 0 ? null : new HasAny("Signer", tool.Signers);
        return Process(tool, "FileName", "ProcessVersionInfo");
    }

    /// <summary>The process alternatives over a table's file-name and version-info columns.</summary>
    private static Condition? Process(ToolIdentity tool, string fileColumn, string versionPrefix)
    {
        var alternatives = new List<Condition>();
        if (tool.ExactNames.Count > 0) alternatives.Add(new InAnyCase(fileColumn, tool.ExactNames));
        if (tool.OriginalNames.Count > 0) alternatives.Add(new InAnyCase(versionPrefix + "OriginalFileName", tool.OriginalNames));
        alternatives.AddRange(tool.Patterns.Select(p => new Pattern(fileColumn, p.Prefix, p.Suffix)));
        if (VersionInfo(tool, versionPrefix) is { } version) alternatives.Add(version);
        return alternatives.Count switch { 0 => null, 1 => alternatives[0], _ => new AnyOf(alternatives) };
    }

    /// <summary>Vendor and product names; when the catalogue knows both, both must match (a vendor may make other products).</summary>
    public static Condition? VersionInfo(ToolIdentity tool, string versionPrefix)
    {
        var parts = new List<Condition>();
        if (tool.Companies.Count > 0) parts.Add(new HasAny(versionPrefix + "CompanyName", tool.Companies));
        if (tool.Products.Count > 0) parts.Add(new HasAny(versionPrefix + "ProductName", tool.Products));
        return parts.Count == 0 ? null : new AllOf(parts);
    }

    /// <summary>
    /// The filter of the RemoteManagementMonitoringTools network hunts (the seed's shape): a tool domain
    /// from a program with the vendor's and product's names. Used for an existing rule the pack keeps.
    /// </summary>
    public static Condition? UpstreamNetwork(ToolIdentity tool) =>
        tool.Domains.Count == 0 ? null
        : VersionInfo(tool, "InitiatingProcessVersionInfo") is AllOf version ? new AllOf([new HasAny("RemoteUrl", tool.Domains), .. version.Parts])
        : new HasAny("RemoteUrl", tool.Domains);
}
