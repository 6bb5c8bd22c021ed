namespace RmmHunt.Hunting.Testing;

/// <summary>
/// Finds fixture files for rules: every <c>*.csv</c> in a folder named <c>fixtures</c> under a rules
/// folder (or beside a rule file). Each is a Defender/Sentinel CSV export whose table is inferred
/// from its name (<c>DeviceNetworkEvents.csv</c>), with the fixture columns added.
/// </summary>
public static class FixtureFiles
{
    public static List<string> Find(string rulesPath)
    {
        string root = Directory.Exists(rulesPath) ? rulesPath : Path.GetDirectoryName(Path.GetFullPath(rulesPath))!;
        var folders = Directory.GetDirectories(root, FixtureColumnNames.Folder, SearchOption.AllDirectories).ToList();
        if (Path.GetFileName(root) == FixtureColumnNames.Folder) folders.Add(root);
        return folders
            .SelectMany(f => Directory.GetFiles(f, "*.csv"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
