using RmmHunt.Hunting.Exclusions;
using RmmHunt.Hunting.Yaml;
using RmmHunt.Kql.Diagnostics;

namespace RmmHunt.Hunting.Policy;

/// <summary>
/// A sanctioned-tools policy: which RMM tools are sanctioned on which devices.
/// <code>
/// groups:
///   helpdesk:
///     devices: [HD-PC-01, hd-pc-02.corp.contoso.com]
///     patterns: ["hd-*"]
///     export: exports/helpdesk-members.csv      # Entra ID / AD group export, relative to this file
/// sanctioned:
///   - tool: AnyDesk
///     groups: [helpdesk]                         # and/or devices, patterns, export
///     owner: servicedesk@contoso.com
///     reason: Remote support by the help desk (CHG-1234)
///     expires: 2025-12-31
/// </code>
/// Each entry becomes an exclusion scoped to the tool's rules that removes the tool's events on the
/// listed devices, counted like any exclusion; the same tool elsewhere, and every tool not listed,
/// still gives findings. Loading never throws: problems come back with file, line and column.
/// </summary>
public static class SanctionPolicy
{
    public static ExclusionSet Load(string path, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ExclusionSet.Of(path, [], [new ExclusionError(path, 0, 0, Severity.Error, HuntingCodes.FileUnreadable, "cannot read the file: " + e.Message)]);
        }
        return Parse(text, path, limits);
    }

    public static ExclusionSet Parse(string text, string path, YamlLimits? limits = null)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return ExclusionSet.Parse(text, path, limits, (source, root, report) => ([], PolicyReader.Read(source, root, report, directory)));
    }
}
