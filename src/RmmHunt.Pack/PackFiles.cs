using RmmHunt.Pack.Catalog;
using RmmHunt.Pack.Extraction;
using RmmHunt.Pack.Generation;

namespace RmmHunt.Pack;

/// <summary>
/// Writes the catalogue and the generated pack into the repository, and compares what is committed
/// with what the generator would write (the drift check).
/// </summary>
public static class PackFiles
{
    public static RmmCatalog WriteCatalog(PackLayout layout, string rmmReference)
    {
        var catalog = CatalogBuilder.Build(rmmReference, Curation.Load(layout.CurationPath));
        Directory.CreateDirectory(Path.GetDirectoryName(layout.CatalogPath)!);
        File.WriteAllText(layout.CatalogPath, CatalogJson.Write(catalog));
        return catalog;
    }

    /// <summary>Rewrites rules/pack from the committed catalogue; files the generator no longer makes are deleted.</summary>
    public static GeneratedPack WriteRules(PackLayout layout)
    {
        var pack = GeneratedPack.From(CatalogJson.Load(layout.CatalogPath));
        foreach (var stale in Committed(layout).Where(p => !pack.Files.ContainsKey(p))) File.Delete(Path.Combine(layout.Repository, stale));
        foreach (var (path, content) in pack.Files)
        {
            string full = Path.Combine(layout.Repository, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (!File.Exists(full) || File.ReadAllText(full) != content) File.WriteAllText(full, content);
        }
        foreach (var empty in Directory.GetDirectories(layout.PackDirectory).Where(d => !Directory.EnumerateFileSystemEntries(d).Any())) Directory.Delete(empty);
        return pack;
    }

    /// <summary>How the committed pack differs from <paramref name="pack"/>: missing, changed and extra files.</summary>
    public static List<string> Differences(PackLayout layout, GeneratedPack pack)
    {
        var differences = new List<string>();
        foreach (var (path, content) in pack.Files)
        {
            string full = Path.Combine(layout.Repository, path);
            if (!File.Exists(full)) differences.Add($"missing: {path}");
            else if (File.ReadAllText(full) != content) differences.Add($"differs: {path}");
        }
        differences.AddRange(Committed(layout).Where(p => !pack.Files.ContainsKey(p)).Select(p => $"not generated: {p}"));
        return differences;
    }

    /// <summary>The files under rules/pack, relative to the repository with '/' separators.</summary>
    private static IEnumerable<string> Committed(PackLayout layout) =>
        Directory.Exists(layout.PackDirectory)
            ? Directory.EnumerateFiles(layout.PackDirectory, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(layout.Repository, f).Replace('\\', '/'))
            : [];
}
