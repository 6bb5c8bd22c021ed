using System.Text.RegularExpressions;
using RmmHunt.Pack.Catalog;

namespace RmmHunt.Pack.Extraction;

/// <summary>
/// Reads an <c>RMM_Summary_&lt;Tool&gt;.md</c> of RemoteManagementMonitoringTools: the website, and the
/// indicator bullets, which are free text (<c>company name has 'X' or 'Y'</c>, <c>PE Product Name: Z</c>,
/// <c>Network connection to 'x.com' resources</c>). Quoted values are taken as written; otherwise the
/// text after a colon, split at <c>or</c> and commas. A bullet that fits no pattern is kept as unmodelled.
/// </summary>
internal static partial class JischellSummary
{
    public static void Read(string markdown, string source, SourceEntry entry)
    {
        var sections = MarkdownSections.Bullets(markdown);
        foreach (var (heading, bullets) in sections)
        {
            if (heading.StartsWith("Company", StringComparison.OrdinalIgnoreCase))
                entry.Website ??= bullets.Select(b => b.Trim()).FirstOrDefault(b => b.Contains('.') && !b.Contains(' '));
            else if (heading.StartsWith("Network", StringComparison.OrdinalIgnoreCase))
                foreach (var bullet in bullets) Network(bullet, source, entry);
            else if (heading.StartsWith("File Signature", StringComparison.OrdinalIgnoreCase))
                foreach (var bullet in bullets) Named(IndicatorField.Signers, "signature indicator", bullet, source, entry);
            else if (heading.StartsWith("Process", StringComparison.OrdinalIgnoreCase))
                foreach (var bullet in bullets) Process(bullet, source, entry);
        }
    }

    private static void Network(string bullet, string source, SourceEntry entry)
    {
        var hosts = HostPattern().Matches(bullet).Select(m => m.Value).ToList();
        if (hosts.Count == 0) entry.Unmodelled.Add(new UnmodelledCondition("network indicator", "text", bullet, source));
        foreach (var host in hosts) entry.Add(IndicatorField.Domains, host, source, authoritative: true);
    }

    private static void Process(string bullet, string source, SourceEntry entry)
    {
        string lower = bullet.ToLowerInvariant();
        string? field = lower.Contains("compan") || lower.Contains("copany") ? IndicatorField.Companies
            : lower.Contains("product") ? IndicatorField.Products
            : !bullet.Contains(' ') && lower.EndsWith(".exe", StringComparison.Ordinal) ? IndicatorField.ProcessNames
            : null;
        if (field is null)
        {
            entry.Unmodelled.Add(new UnmodelledCondition("process indicator", "text", bullet, source));
            return;
        }
        Named(field, "process indicator", Regex.Replace(bullet, @"\((company|product)\)", "", RegexOptions.IgnoreCase), source, entry);
    }

    /// <summary>The names a bullet gives; a bullet of prose ("Too broad to be of use") gives none and is kept as unmodelled.</summary>
    private static void Named(string field, string what, string bullet, string source, SourceEntry entry)
    {
        var values = Values(bullet);
        if (values.Count == 0 || !values.All(LooksLikeName))
        {
            entry.Unmodelled.Add(new UnmodelledCondition(what, "text", bullet, source));
            return;
        }
        foreach (var value in values) entry.Add(field, value, source, authoritative: true);
    }

    /// <summary>Up to three words, or up to six mostly capitalised ones or abbreviations, as vendor and product names are.</summary>
    private static bool LooksLikeName(string value)
    {
        if (value.IndexOfAny(['[', ']', '/', '(', ')']) >= 0) return false;
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int named = words.Count(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w.Contains('.'));
        return words.Length is > 0 and <= 3 || (words.Length <= 6 && named * 2 >= words.Length);
    }

    /// <summary>Quoted values, or else the text after a label, split into alternatives.</summary>
    private static List<string> Values(string bullet)
    {
        var quoted = QuotedPattern().Matches(bullet).Select(m => m.Groups[1].Value.Trim()).Where(v => v.Length > 0).ToList();
        if (quoted.Count > 0) return quoted;
        int colon = bullet.IndexOf(':');
        string text = colon >= 0 ? bullet[(colon + 1)..] : bullet;
        var parts = AlternativesPattern().Split(text).Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        // "ConnectWise, LLC" is one name: a part that is only a legal form belongs to the part before it.
        var values = new List<string>();
        foreach (var part in parts)
        {
            if (values.Count > 0 && LegalForms.Contains(part.TrimEnd('.').ToLowerInvariant())) values[^1] += ", " + part;
            else values.Add(part);
        }
        return values.Select(v => v.Trim().TrimEnd(',').Trim()).Where(v => v.Length > 0).ToList();
    }

    private static readonly HashSet<string> LegalForms = ["inc", "llc", "ltd", "gmbh", "corp", "co", "ag", "sa", "s.a", "limited", "pte. ltd", "s.r.l", "srl", "oü"];

    [GeneratedRegex(@"[A-Za-z0-9*][A-Za-z0-9*-]*(?:\.[A-Za-z0-9*-]+)+")]
    private static partial Regex HostPattern();

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"\s+OR\s+|\s+or\s+|,")]
    private static partial Regex AlternativesPattern();
}
