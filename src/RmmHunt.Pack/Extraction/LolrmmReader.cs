using System.Text.Json;
using RmmHunt.Hunting.Csv;
using RmmHunt.Pack.Catalog;
using YamlDotNet.RepresentationModel;

namespace RmmHunt.Pack.Extraction;

/// <summary>
/// The LOLRMM catalogue (magicsword-io): one entry per tool name from <c>yaml/*.yaml</c> (two files
/// with one name are one tool), plus the domain list and the code-signing summary of
/// <c>website/public/api</c>. Its values are collected per tool from many contributors and
/// automated downloads, so they need corroboration before the pack hunts on them.
/// </summary>
internal static class LolrmmReader
{
    public const string Catalogue = "lolrmm";
    private const string DomainsCsv = "website/public/api/rmm_domains.csv";
    private const string CertificatesJson = "website/public/api/rmm_certificates.json";

    public static List<SourceEntry> Read(string root, Curation curation)
    {
        var entries = new Dictionary<string, SourceEntry>(StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(root, "yaml")).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var document = YamlValues.LoadDocument(file);
            string name = document.Get("Name").Text() ?? throw new InvalidDataException($"{file}: no Name");
            string source = Source(root, file);
            if (!entries.TryGetValue(Resolve(name, curation), out var entry))
                entries[Resolve(name, curation)] = entry = new SourceEntry(Catalogue, source, Resolve(name, curation));
            ReadYaml(document!, source, entry);
        }
        ReadDomains(root, entries, curation);
        ReadCertificates(root, entries, curation);
        return entries.Values.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The entry name a LOLRMM name belongs to (itself unless the curation says otherwise).</summary>
    private static string Resolve(string name, Curation curation) => curation.LolrmmNames.GetValueOrDefault(name, name);

    private static void ReadYaml(YamlNode document, string source, SourceEntry entry)
    {
        entry.Files.Add(source);
        entry.Category ??= document.Get("Category").Text();
        var details = document.Get("Details");
        entry.Website ??= details.Get("Website").Text();
        entry.Capabilities.AddRange(details.Get("Capabilities").Texts());
        foreach (var pe in details.Get("PEMetadata").Items())
        {
            foreach (var value in pe.Get("Filename").Texts()) entry.Add(IndicatorField.ProcessNames, value, source, false);
            foreach (var value in pe.Get("OriginalFileName").Texts()) entry.Add(IndicatorField.OriginalFileNames, value, source, false);
            foreach (var value in pe.Get("Product").Texts()) entry.Add(IndicatorField.Products, value, source, false);
        }
        foreach (var path in details.Get("InstallationPaths").Texts()) entry.Add(IndicatorField.ProcessNames, path, source, false);
        var artifacts = document.Get("Artifacts");
        foreach (var network in artifacts.Get("Network").Items())
        {
            foreach (var domain in network.Get("Domains").Texts()) entry.Add(IndicatorField.Domains, domain, source, false);
        }
        foreach (var log in artifacts.Get("EventLog").Items())
        {
            string? id = log.Get("EventID").Text();
            if (id is "7045" or "4697") entry.ServiceInstallEvidence.Add($"{source} (event {id}: service '{log.Get("ServiceName").Text()}')");
        }
        foreach (var key in artifacts.Get("Registry").Items().Select(r => r.Get("Path").Text()).OfType<string>())
        {
            if (key.Contains(@"\Services\", StringComparison.OrdinalIgnoreCase)) entry.ServiceInstallEvidence.Add($"{source} (registry {key})");
        }
        foreach (var certificate in document.Get("CodeSigning").Get("certificates").Items())
        {
            foreach (var signer in certificate.Get("signer_name").Texts()) entry.Add(IndicatorField.Signers, signer, source, false);
            foreach (var company in certificate.Get("src_file_company").Texts()) entry.Add(IndicatorField.Companies, company, source, false);
        }
    }

    private static void ReadDomains(string root, Dictionary<string, SourceEntry> entries, Curation curation)
    {
        string source = $"{Catalogue}:{DomainsCsv}";
        foreach (var row in SimpleCsv.ReadRecords(Path.Combine(root, DomainsCsv)))
        {
            var entry = Entry(entries, row.GetValueOrDefault("RMM_Tool", ""), source, curation);
            entry.Add(IndicatorField.Domains, row.GetValueOrDefault("URI", ""), source, false);
        }
    }

    private static void ReadCertificates(string root, Dictionary<string, SourceEntry> entries, Curation curation)
    {
        string source = $"{Catalogue}:{CertificatesJson}";
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, CertificatesJson)));
        foreach (var tool in json.RootElement.EnumerateArray())
        {
            var entry = Entry(entries, tool.GetProperty("name").GetString() ?? "", source, curation);
            foreach (var company in tool.GetProperty("company_names").EnumerateArray()) entry.Add(IndicatorField.Companies, company.GetString() ?? "", source, false);
            foreach (var signer in tool.GetProperty("signer_names").EnumerateArray()) entry.Add(IndicatorField.Signers, signer.GetString() ?? "", source, false);
        }
    }

    /// <summary>The entry of a name used in the API files; a name no yaml file has becomes an entry of its own.</summary>
    private static SourceEntry Entry(Dictionary<string, SourceEntry> entries, string name, string source, Curation curation)
    {
        string resolved = Resolve(name, curation);
        if (entries.TryGetValue(resolved, out var entry)) return entry;
        var byNormalized = entries.Values.FirstOrDefault(e => Names.Normalize(e.Name) == Names.Normalize(resolved));
        if (byNormalized is not null) return byNormalized;
        entry = entries[resolved] = new SourceEntry(Catalogue, $"{source}#{resolved}", resolved);
        entry.Files.Add(source);
        return entry;
    }

    public static string Source(string root, string file) =>
        $"{Catalogue}:{Path.GetRelativePath(root, file).Replace('\\', '/')}";
}
