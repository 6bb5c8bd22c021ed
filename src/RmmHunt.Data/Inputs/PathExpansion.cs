using System.Text.RegularExpressions;

namespace RmmHunt.Data.Inputs;

/// <summary>Expands an input path (file, directory, or glob pattern) into files, in a stable order.</summary>
public static class PathExpansion
{
    public static IReadOnlyList<string> Expand(string path, Func<string, bool> isDataFile)
    {
        if (File.Exists(path)) return [RegularFile(path)];
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(isDataFile).Order(StringComparer.Ordinal).ToList();
        }
        if (path.IndexOfAny(['*', '?']) < 0) throw new FileNotFoundException($"{path}: no such file or directory", path);
        return Glob(path);
    }

    /// <summary>
    /// Readers read a file more than once (its header, then its rows, from several threads at once): a
    /// pipe (<c>&lt;(zcat export.csv.gz)</c>) or a device cannot be, so it is refused by name here
    /// rather than failing deep in a reader.
    /// </summary>
    private static string RegularFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        if (!stream.CanSeek) throw new IOException($"{path}: not a regular file (a pipe or a device); save the export to a file and pass that");
        return path;
    }

    /// <summary><c>*</c> matches within a segment, <c>**</c> any number of directories, <c>?</c> one character.</summary>
    private static IReadOnlyList<string> Glob(string pattern)
    {
        string normalized = pattern.Replace('\\', '/');
        int firstWildcard = normalized.IndexOfAny(['*', '?']);
        int baseEnd = normalized.LastIndexOf('/', firstWildcard);
        string baseDir = baseEnd < 0 ? "." : normalized[..Math.Max(1, baseEnd)];
        string relativePattern = baseEnd < 0 ? normalized : normalized[(baseEnd + 1)..];
        if (!Directory.Exists(baseDir)) throw new DirectoryNotFoundException($"{pattern}: the directory {baseDir} does not exist");
        var regex = new Regex("^" + ToRegex(relativePattern) + "$", RegexOptions.CultureInvariant);
        var files = Directory.EnumerateFiles(baseDir, "*", SearchOption.AllDirectories)
            .Where(f => regex.IsMatch(Path.GetRelativePath(baseDir, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new FileNotFoundException($"{pattern}: no file matches", pattern);
        return files;
    }

    private static string ToRegex(string glob)
    {
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                text.Append(".*");
                i++;
                if (i + 1 < glob.Length && glob[i + 1] == '/') i++;
            }
            else if (c == '*') text.Append("[^/]*");
            else if (c == '?') text.Append("[^/]");
            else text.Append(Regex.Escape(c.ToString()));
        }
        return text.ToString();
    }
}
