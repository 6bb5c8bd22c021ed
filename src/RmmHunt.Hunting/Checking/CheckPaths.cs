namespace RmmHunt.Hunting.Checking;

/// <summary>Which files a check covers: files as given, and the query and rule files under directories.</summary>
public static class CheckPaths
{
    public static bool IsRuleFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static bool IsQueryFile(string path) =>
        path.EndsWith(".kql", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csl", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The files to check, in the order given and each directory's files in ordinal order (so output is
    /// repeatable). A path that does not exist is kept, so that the check reports it instead of skipping it.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path)) files.AddRange(Under(path).Order(StringComparer.Ordinal));
            else files.Add(path);
        }
        return files;
    }

    /// <summary>Hidden folders (.git) and links to folders are skipped: a link cycle would make the walk endless.</summary>
    private static IEnumerable<string> Under(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory).Where(f => IsRuleFile(f) || IsQueryFile(f))) yield return file;
        foreach (var sub in Directory.EnumerateDirectories(directory))
        {
            var info = new DirectoryInfo(sub);
            if (info.Name.StartsWith('.') || info.LinkTarget is not null) continue;
            foreach (var file in Under(sub)) yield return file;
        }
    }
}
