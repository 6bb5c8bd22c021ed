using RmmHunt.Hunting.Csv;
using RmmHunt.Hunting.Rules;
using RmmHunt.Pack.Catalog;

namespace RmmHunt.Pack.Extraction;

/// <summary>
/// The RemoteManagementMonitoringTools catalogue (jischell-msft): per <c>RMM/&lt;Tool&gt;/</c> folder the
/// summary, the advanced-hunting-query page and the Sentinel YAML rules (read with the rule loader,
/// which repairs their known mis-indentation), plus <c>Network Indicators/RMM_SummaryNetworkURI.csv</c>.
/// Its values come from finished hunts, so they are authoritative.
/// </summary>
internal static class JischellReader
{
    public const string Catalogue = "jischell";
    public const string NetworkCsv = "Network Indicators/RMM_SummaryNetworkURI.csv";

    public static List<SourceEntry> Read(string root, Curation curation)
    {
        var entries = new List<SourceEntry>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(root, "RMM")).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(folder);
            var entry = new SourceEntry(Catalogue, $"{Catalogue}:RMM/{name}", name) { Category = "RMM" };
            entry.Files.Add(entry.Key);
            foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal)) ReadFile(root, file, entry);
            entries.Add(entry);
        }
        ReadNetworkCsv(root, entries, curation);
        return entries;
    }

    private static void ReadFile(string root, string file, SourceEntry entry)
    {
        string source = Source(root, file);
        string fileName = Path.GetFileName(file);
        if (fileName.StartsWith("RMM_Summary_", StringComparison.Ordinal))
        {
            JischellSummary.Read(File.ReadAllText(file), source, entry);
        }
        else if (fileName.StartsWith("RMM_AHQ_", StringComparison.Ordinal))
        {
            foreach (var (_, code) in MarkdownSections.CodeBlocks(File.ReadAllText(file)))
            {
                if (!QueryIndicators.Read(code, source, entry))
                    entry.Unmodelled.Add(new UnmodelledCondition("query", "parse", "a query block does not parse", source));
            }
        }
        else if (fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
        {
            var loaded = RuleLoader.LoadFile(file);
            foreach (var rule in loaded.Rules)
            {
                if (!QueryIndicators.Read(rule.Query, source, entry))
                    entry.Unmodelled.Add(new UnmodelledCondition("query", "parse", "the rule's query does not parse", source));
            }
        }
    }

    private static void ReadNetworkCsv(string root, List<SourceEntry> entries, Curation curation)
    {
        string path = Path.Combine(root, NetworkCsv);
        string source = $"{Catalogue}:{NetworkCsv}";
        var byName = entries.ToDictionary(e => Names.Normalize(e.Name), StringComparer.Ordinal);
        var aliases = curation.NetworkCsvTools.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var row in SimpleCsv.ReadRecords(path))
        {
            string uri = row.GetValueOrDefault("URI", ""), tool = row.GetValueOrDefault("RMM_Tool", "");
            string folder = aliases.GetValueOrDefault(tool, tool);
            if (!byName.TryGetValue(Names.Normalize(folder), out var entry))
                throw new InvalidDataException($"{path}: the tool '{tool}' matches no RMM/<folder>; add it to networkCsvTools in the curation file");
            entry.Add(IndicatorField.Domains, uri, source, authoritative: true);
        }
    }

    public static string Source(string root, string file) =>
        $"{Catalogue}:{Path.GetRelativePath(root, file).Replace('\\', '/')}";
}
