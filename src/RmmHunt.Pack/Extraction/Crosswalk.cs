using RmmHunt.Hunting.Csv;

namespace RmmHunt.Pack.Extraction;

/// <summary>
/// <c>derived/tool_crosswalk.csv</c>: for each RemoteManagementMonitoringTools folder, the LOLRMM yaml
/// files of the same tool (matched by name in the reference snapshot; each pair was checked by name).
/// </summary>
internal static class Crosswalk
{
    public const string RelativePath = "derived/tool_crosswalk.csv";

    /// <summary>Folder name → LOLRMM sources (<c>lolrmm:yaml/anydesk.yaml</c>).</summary>
    public static Dictionary<string, List<string>> Read(string rmmReference)
    {
        var rows = SimpleCsv.Parse(File.ReadAllText(Path.Combine(rmmReference, RelativePath)));
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1).Where(r => r.Length >= 4 && r[0].Length > 0))
        {
            map[row[0]] = row[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(f => $"{LolrmmReader.Catalogue}:yaml/{f}").ToList();
        }
        return map;
    }
}
