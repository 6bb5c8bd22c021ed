namespace RmmHunt.Hunting.Testing;

/// <summary>
/// Finds fixture files for rules: every <c>*.csv</c> in a folder named <c>fixtures</c> under a rules
/// folder (or beside a rule file); failing that, under the folder above it. Each is a Defender/Sentinel
/// CSV export whose table is inferred from its name (<c>DeviceNetworkEvents.csv</c>), with the fixture
/// columns added.
/// </summary>
public static class FixtureFiles
{
    /// <summary>How deep under the folder above to look: its own fixtures folder and its sub-folders' (rules/pack/fixtures from rules/seed).</summary>
    private const int DepthAbove = 1;

    public static List<string> Find(string rulesPath)
    {
        string root = Path.GetFullPath(Directory.Exists(rulesPath) ? rulesPath : Path.GetDirectoryName(Path.GetFullPath(rulesPath))!);
        var files = Under(root, int.MaxValue);
        // One tool's folder of a pack, or the seed's folder beside it, has no fixtures of its own: the pack
        // keeps them for all its rules (rules/pack/fixtures), and a detection engineer tests the rule or
        // tool being edited. Cases of rules not under test are left unused.
        if (files.Count == 0 && Directory.GetParent(root) is { } above) files = Under(above.FullName, DepthAbove);
        return files;
    }

    private static List<string> Under(string folder, int depth)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = depth, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var folders = Directory.GetDirectories(folder, FixtureColumnNames.Folder, options).ToList();
        if (Path.GetFileName(folder) == FixtureColumnNames.Folder) folders.Add(folder);
        return folders
            .SelectMany(f => Directory.GetFiles(f, "*.csv"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
