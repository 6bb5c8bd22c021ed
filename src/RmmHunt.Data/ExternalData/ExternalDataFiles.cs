using System.Security.Cryptography;
using System.Text;
using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;

namespace RmmHunt.Data.ExternalData;

/// <summary>
/// Local copies of <c>externaldata</c> URLs: explicit <c>URL=PATH</c> mappings, and directories whose
/// files are named after the URL (its last path segment, or the URL percent-encoded as one file name).
/// A URL with no copy is an error naming it; nothing is ever downloaded.
/// </summary>
public sealed class ExternalDataFiles : IExternalDataProvider
{
    private readonly Dictionary<string, string> _mapped = new(StringComparer.Ordinal);
    private readonly List<string> _directories = [];

    /// <summary>Adds <c>URL=PATH</c>, or a directory of copies.</summary>
    public void Add(string spec)
    {
        int split = spec.IndexOf("=", StringComparison.Ordinal);
        if (split > 0 && spec.Contains("://", StringComparison.Ordinal) && spec.IndexOf("://", StringComparison.Ordinal) < split)
        {
            string path = spec[(split + 1)..];
            if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file (the local copy of {spec[..split]})", path);
            _mapped[spec[..split]] = path;
            return;
        }
        if (!Directory.Exists(spec)) throw new DirectoryNotFoundException($"{spec}: --externaldata takes URL=PATH or a directory of local copies");
        _directories.Add(spec);
    }

    public bool IsEmpty => _mapped.Count == 0 && _directories.Count == 0;

    /// <summary>The local file for a URL, or null.</summary>
    public string? Find(string url)
    {
        if (_mapped.TryGetValue(url, out var mapped)) return mapped;
        foreach (var directory in _directories)
        {
            // A name taken from the URL must stay a file of the directory: a rule's URL ending in
            // %2e%2e%2fsecret must not read ../secret.
            foreach (var name in CandidateNames(url).Where(IsPlainFileName))
            {
                string path = Path.Combine(directory, name);
                if (File.Exists(path)) return path;
            }
        }
        return null;
    }

    private static bool IsPlainFileName(string name) =>
        name.Length > 0 && name is not ("." or "..") && name.IndexOfAny(['/', '\\', '\0']) < 0 && Path.GetFileName(name) == name && !Path.IsPathRooted(name);

    /// <summary>The names a copy of a URL may have in a directory.</summary>
    public static IEnumerable<string> CandidateNames(string url)
    {
        yield return Uri.EscapeDataString(url);
        yield return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)));
        string path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        string last = path.TrimEnd('/').Split('/')[^1];
        if (last.Length > 0) yield return Uri.UnescapeDataString(last);
    }

    public IEnumerable<Batch> Read(BoundExternalData data, string url, RunContext context)
    {
        string path = Find(url) ?? throw new QueryException(
            $"externaldata reads {url}, and this offline run has no local copy of it: give one with --externaldata URL=PATH or a directory of copies (nothing is fetched from the network)");
        return ExternalDataReader.Read(path, data, context);
    }
}
