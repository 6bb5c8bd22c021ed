namespace RmmHunt.Fuzzing.Queries;

/// <summary>Where the seeds of the text fuzzers live: the repository (rules) and the shared reference folder beside it (the KQL corpus).</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary>Real hunting queries: the <c>*.kql</c> files of <c>../shared/reference/kql/corpus</c>, in a stable order.</summary>
    public static IReadOnlyList<string> KqlCorpus() =>
        Directory.GetFiles(Path.Combine(Root, "..", "shared", "reference", "kql", "corpus"), "*.kql", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    /// <summary>The built-in rules and the sample exclusions file, as text.</summary>
    public static IReadOnlyList<(string Name, string Text)> YamlSeeds() =>
        Directory.GetFiles(Path.Combine(Root, "rules"), "*.yaml", SearchOption.AllDirectories)
            .Append(Path.Combine(Root, "samples", "exclusions.yaml"))
            .Order(StringComparer.Ordinal).Select(p => (Path.GetFileName(p), File.ReadAllText(p))).ToArray();

    /// <summary>Above the program (tests, bench), else above the working directory.</summary>
    private static string FindRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "RmmHunt.slnx"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException($"cannot find the repository root (RmmHunt.slnx) above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}");
    }
}
