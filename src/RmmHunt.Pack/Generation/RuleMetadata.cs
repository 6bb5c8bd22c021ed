using RmmHunt.Pack.Catalog;

namespace RmmHunt.Pack.Generation;

/// <summary>
/// ATT&amp;CK mapping and severity of a generated rule.
/// <list type="bullet">
/// <item>Every rule: Command and Control, T1219 Remote Access Tools.</item>
/// <item>T1219.002 Remote Desktop Software (ATT&amp;CK v17 split T1219 into IDE tunnelling, remote desktop
/// software and remote access hardware) for tools that give a remote desktop: everything
/// RemoteManagementMonitoringTools lists, LOLRMM's RMM category, and tools whose LOLRMM capabilities
/// name remote control, desktop or screen sharing.</item>
/// <item>Persistence, T1543.003 Windows Service, for the process and signature rules of tools known to
/// install a service (LOLRMM's service-install events or service registry keys).</item>
/// <item>Severity: Medium for network and process rules, Low for signature rules (a signed file shows
/// the tool is present, not that it ran); one step higher for LOLRMM's RAT category.</item>
/// </list>
/// </summary>
internal static class RuleMetadata
{
    public const string CommandAndControl = "CommandAndControl";
    public const string Persistence = "Persistence";
    public const string RemoteAccessTools = "T1219";
    public const string RemoteDesktopSoftware = "T1219.002";
    public const string WindowsService = "T1543.003";

    private static readonly string[] DesktopCapabilities = ["remote control", "remote desktop", "screen sharing", "gui support", "unattended access"];

    public static bool InstallsService(RmmTool tool) => tool.ServiceInstallEvidence.Count > 0;

    public static IReadOnlyList<string> Tactics(RmmTool tool, RuleKind kind) =>
        kind != RuleKind.Network && InstallsService(tool) ? [CommandAndControl, Persistence] : [CommandAndControl];

    public static IReadOnlyList<string> Techniques(RmmTool tool, RuleKind kind)
    {
        var techniques = new List<string> { RemoteAccessTools };
        if (GivesRemoteDesktop(tool)) techniques.Add(RemoteDesktopSoftware);
        if (kind != RuleKind.Network && InstallsService(tool)) techniques.Add(WindowsService);
        return techniques;
    }

    public static bool GivesRemoteDesktop(RmmTool tool) =>
        tool.Entries.Any(e => e.StartsWith("jischell:", StringComparison.Ordinal))
        || string.Equals(tool.Category, "RMM", StringComparison.OrdinalIgnoreCase)
        || tool.Capabilities.Any(c => DesktopCapabilities.Any(d => c.Contains(d, StringComparison.OrdinalIgnoreCase)));

    public static string Severity(RmmTool tool, RuleKind kind)
    {
        string[] levels = ["Low", "Medium", "High"];
        int level = kind == RuleKind.Signature ? 0 : 1;
        if (string.Equals(tool.Category, "RAT", StringComparison.OrdinalIgnoreCase)) level++;
        return levels[level];
    }
}
