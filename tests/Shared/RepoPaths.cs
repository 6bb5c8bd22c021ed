namespace RmmHunt.Testing;

/// <summary>Locations of the repository and of the shared reference material beside it.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root (the folder holding RmmHunt.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/reference</c> beside the clone.</summary>
    public static string Reference => Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Samples => Path.Combine(Root, "samples");

    public static string Rules => Path.Combine(Root, "rules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RmmHunt.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root (RmmHunt.slnx) above " + AppContext.BaseDirectory);
    }
}
