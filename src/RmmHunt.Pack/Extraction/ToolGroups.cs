namespace RmmHunt.Pack.Extraction;

/// <summary>The catalogue entries that describe one tool: a RemoteManagementMonitoringTools folder first, then LOLRMM entries.</summary>
internal sealed record ToolGroup(string Id, string Name, IReadOnlyList<SourceEntry> Entries);

/// <summary>
/// Puts the entries of both catalogues together per tool: each RemoteManagementMonitoringTools folder
/// with the LOLRMM entries the crosswalk names for it; every other LOLRMM entry on its own.
/// </summary>
internal static class ToolGroups
{
    public static List<ToolGroup> Form(IReadOnlyList<SourceEntry> jischell, IReadOnlyList<SourceEntry> lolrmm, Dictionary<string, List<string>> crosswalk)
    {
        var byFile = new Dictionary<string, SourceEntry>(StringComparer.Ordinal);
        foreach (var entry in lolrmm)
        {
            foreach (var file in entry.Files) byFile[file] = entry;
        }
        var claimedBy = new Dictionary<SourceEntry, string>(ReferenceEqualityComparer.Instance);
        var groups = new List<(string Name, List<SourceEntry> Entries)>();
        foreach (var folder in jischell)
        {
            var entries = new List<SourceEntry> { folder };
            foreach (var file in crosswalk.GetValueOrDefault(folder.Name, []))
            {
                if (!byFile.TryGetValue(file, out var match))
                    throw new InvalidDataException($"the crosswalk pairs {folder.Name} with {file}, which LOLRMM does not have");
                if (claimedBy.TryGetValue(match, out var other) && other != folder.Name)
                    throw new InvalidDataException($"the crosswalk pairs {match.Name} with both {other} and {folder.Name}");
                claimedBy[match] = folder.Name;
                if (!entries.Contains(match)) entries.Add(match);
            }
            groups.Add((folder.Name, entries));
        }
        groups.AddRange(lolrmm.Where(e => !claimedBy.ContainsKey(e)).Select(e => (e.Name, new List<SourceEntry> { e })));

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ToolGroup>();
        foreach (var (name, entries) in groups.OrderBy(g => Names.Slug(g.Name), StringComparer.Ordinal).ThenBy(g => g.Name, StringComparer.Ordinal))
        {
            string id = Names.Slug(name);
            for (int n = 2; !ids.Add(id); n++) id = $"{Names.Slug(name)}-{n}";
            result.Add(new ToolGroup(id, name, entries));
        }
        return result;
    }
}
