using System.Text.RegularExpressions;
using RmmHunt.Hunting.Exclusions;

namespace RmmHunt.Hunting.Policy;

/// <summary>
/// Devices named in a policy: exact names and wildcard patterns (<c>*</c>, <c>?</c>), compared with
/// Defender's <c>DeviceName</c> ignoring case. Defender writes fully qualified names
/// (<c>hd-pc-01.corp.contoso.com</c>) while group exports often hold short ones (<c>HD-PC-01</c>), so
/// a name or pattern without a dot also matches the same name with any domain after it.
/// </summary>
public sealed class DeviceSet
{
    private readonly List<string> _names = [];
    private readonly List<string> _patterns = [];

    public IReadOnlyList<string> Names => _names;
    public IReadOnlyList<string> Patterns => _patterns;
    public bool IsEmpty => _names.Count + _patterns.Count == 0;

    public void AddName(string name)
    {
        if (name.Trim().Length > 0) _names.Add(name.Trim());
    }

    public void AddPattern(string pattern)
    {
        if (pattern.Trim().Length > 0) _patterns.Add(pattern.Trim());
    }

    public void AddRange(DeviceSet other)
    {
        _names.AddRange(other._names);
        _patterns.AddRange(other._patterns);
    }

    /// <summary>Whether a <c>DeviceName</c> is in the set (the same rule the KQL predicate applies).</summary>
    public bool Contains(string deviceName) => new Regex(RegexText(), RegexOptions.NonBacktracking).IsMatch(deviceName);

    /// <summary>The KQL predicate over <c>DeviceName</c>.</summary>
    public string Kql() => $"DeviceName matches regex {KqlLiteral.Quote(RegexText())}";

    /// <summary>One anchored, case-insensitive alternation of every name and pattern.</summary>
    public string RegexText()
    {
        var alternatives = _names.Distinct(StringComparer.OrdinalIgnoreCase).Select(n => WithDomain(n, Regex.Escape(n)))
            .Concat(_patterns.Distinct(StringComparer.OrdinalIgnoreCase).Select(p => WithDomain(p, Regex.Escape(p).Replace(@"\*", ".*").Replace(@"\?", "."))));
        return "(?i)^(?:" + string.Join("|", alternatives) + ")$";
    }

    private static string WithDomain(string written, string regex) => written.Contains('.') ? regex : regex + @"(?:\..*)?";

    /// <summary>"3 devices, 1 pattern (hd-*)", for descriptions.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (_names.Count > 0) parts.Add(_names.Count == 1 ? $"device {_names[0]}" : $"{_names.Count} devices");
        if (_patterns.Count > 0) parts.Add((_patterns.Count == 1 ? "pattern " : "patterns ") + string.Join(", ", _patterns.Take(3)) + (_patterns.Count > 3 ? ", ..." : ""));
        return string.Join(", ", parts);
    }
}
