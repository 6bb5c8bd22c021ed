namespace RmmHunt.Hunting.Rules;

/// <summary>Finds rule files under a directory.</summary>
internal static class RuleFiles
{
    public static bool IsRuleFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Collects rule files recursively. Hidden folders (.git) and symbolic links to folders are
    /// skipped, the latter so that a link cycle cannot make the walk endless; a folder that cannot be
    /// listed is reported, not skipped in silence.
    /// </summary>
    public static void Collect(string directory, List<string> files, Action<string, string> error)
    {
        try
        {
            files.AddRange(Directory.EnumerateFiles(directory).Where(IsRuleFile));
            foreach (var sub in Directory.EnumerateDirectories(directory))
            {
                var info = new DirectoryInfo(sub);
                if (info.Name.StartsWith('.') || info.LinkTarget is not null) continue;
                Collect(sub, files, error);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            error(directory, "cannot list the folder: " + e.Message);
        }
    }
}
