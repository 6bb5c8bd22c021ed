using System.Text.RegularExpressions;

namespace RmmHunt.Hunting.Rules;

/// <summary>
/// Which RMM tool a rule hunts for, known without running it: the pack's <c>RmmTool</c> tag, or else
/// the name pattern of the RemoteManagementMonitoringTools rules and their Sentinel copies
/// ("Remote Management and Monitoring tool - ServerEye - Network Connection"), which the seed keeps.
/// </summary>
public static partial class RuleTool
{
    public const string TagKey = "RmmTool";

    public static string? Of(HuntingRule rule) =>
        rule.Tags.FirstOrDefault(t => string.Equals(t.Key, TagKey, StringComparison.OrdinalIgnoreCase))?.Value
        ?? (UpstreamName().Match(rule.Name) is { Success: true } match ? match.Groups[1].Value.Trim() : null);

    /// <summary>Tool names compare by their letters and digits only ("Server-Eye" is "ServerEye").</summary>
    public static string Key(string tool) => new(tool.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    public static bool Same(string? a, string? b) => a is not null && b is not null && Key(a) == Key(b);

    [GeneratedRegex(@"^Remote Management and Monitoring tool - (.+?) - [^-]+$")]
    private static partial Regex UpstreamName();
}
