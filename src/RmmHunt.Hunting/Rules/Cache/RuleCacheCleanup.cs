using System.Text.RegularExpressions;

namespace RmmHunt.Hunting.Rules.Cache;

/// <summary>
/// Keeps a cache folder from growing without end: each rules folder ever loaded leaves a cache file (the pack's is
/// about 1 MB), each set of tables hunted over a file of scan sketches (<see cref="SketchCache"/>, the pack's about
/// 0.3 MB), and a folder deleted, moved or no longer hunted with would leave its file for good. A file no load has
/// written or used for <see cref="Unused"/> goes; so does a temporary that a write killed half way left behind. Only
/// names the cache itself gives are touched, because the folder may be one the user shares with other files.
/// </summary>
internal static partial class RuleCacheCleanup
{
    public static readonly TimeSpan Unused = TimeSpan.FromDays(30);

    /// <summary>
    /// How stale a file in use may look before a load marks it used again: once a day at most, so that most loads
    /// write nothing.
    /// </summary>
    private static readonly TimeSpan Refresh = TimeSpan.FromDays(1);

    /// <summary>Marks a cache file that a load used without rewriting it as used now, so that it is not removed as unused.</summary>
    public static void MarkUsed(string path, DateTime now)
    {
        try
        {
            var file = new FileInfo(path);
            if (file.Exists && now - file.LastWriteTimeUtc > Refresh) file.LastWriteTimeUtc = now;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // A read-only cache: it is still read; it may only be removed as unused one day, and then written again.
        }
    }

    /// <summary>Removes the cache's files in <paramref name="directory"/> that no load has written or used for <see cref="Unused"/>.</summary>
    public static void RemoveUnused(string directory, DateTime now)
    {
        try
        {
            foreach (var file in new DirectoryInfo(directory).EnumerateFiles())
            {
                if (CacheName().IsMatch(file.Name) && now - file.LastWriteTimeUtc > Unused) file.Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // Left for the next write to try again: the cache only saves time.
        }
    }

    /// <summary>A cache file (<see cref="RuleCache.FileFor"/>, <see cref="SketchCache.Open"/>) or one of its temporaries (<see cref="RuleCacheFile.Write"/>).</summary>
    [GeneratedRegex(@"^(rules|sketches)-[0-9a-f]{16}\.bin(\.[0-9a-f]{32}\.tmp)?$")]
    private static partial Regex CacheName();
}
