using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace RmmHunt.Hunting.Rules.Cache;

/// <summary>
/// The parses of a directory's rule files, kept between loads: one cache file per directory, its entries found
/// by the content of a file, so an unchanged file (even renamed or moved within the directory) is not parsed again.
/// One instance serves one load; lookups and additions may come from parallel threads.
/// </summary>
internal sealed class RuleCache
{
    private readonly string _path;
    private readonly byte[] _header;
    private readonly Dictionary<RuleCacheKey, byte[]> _stored;
    // The entries of the files of this load, which are what the cache file is rewritten with (under a lock:
    // files are loaded in parallel).
    private readonly Dictionary<RuleCacheKey, byte[]> _current = [];
    private int _added;

    // Strict, so that a string UTF-8 cannot hold (a lone surrogate, which YamlDotNet rejects today) could never come back as U+FFFD.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private RuleCache(string path, byte[] header)
    {
        _path = path;
        _header = header;
        _stored = RuleCacheFile.Read(path, header);
    }

    public static RuleCache Open(string cacheDirectory, string directory, RuleLoadOptions options) =>
        new(FileFor(cacheDirectory, directory), RuleCacheHeader.For(options));

    /// <summary>The cache file of a directory, named by a hash of its full path.</summary>
    public static string FileFor(string cacheDirectory, string directory)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        ulong hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(full.AsSpan()));
        return Path.Combine(cacheDirectory, $"rules-{hash:x16}.bin");
    }

    /// <summary>The cached parse of a file with this text, named by <paramref name="path"/>; null when there is none (or it does not decode).</summary>
    public ParsedFile? Find(RuleCacheKey key, string path, string text)
    {
        if (!_stored.TryGetValue(key, out var entry)) return null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(entry, writable: false), Utf8);
            var file = RuleCacheEntry.Read(reader, path, text);
            if (reader.BaseStream.Position != entry.Length) return null;
            lock (_current) _current.TryAdd(key, entry);
            return file;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or DecoderFallbackException)
        {
            // Not written by this format, despite its header: parse the file, and the new entry replaces it.
            return null;
        }
    }

    /// <summary>Keeps a fresh parse; call it before the file's errors are added to by id checks, which depend on other files.</summary>
    public void Add(RuleCacheKey key, ParsedFile file)
    {
        var bytes = new MemoryStream();
        try
        {
            using (var writer = new BinaryWriter(bytes, Utf8)) RuleCacheEntry.Write(writer, file);
        }
        catch (EncoderFallbackException)
        {
            return; // parsed again next time, which gives the same lone surrogate
        }
        lock (_current)
        {
            _current[key] = bytes.ToArray();
            _added++;
        }
    }

    /// <summary>
    /// Rewrites the cache file if this load parsed a file or left an entry unused (a file changed or went), and then
    /// removes the folder's unused cache files (<see cref="RuleCacheCleanup"/>); otherwise marks the file as used.
    /// </summary>
    public void Save()
    {
        var now = DateTime.UtcNow;
        if (_added == 0 && _current.Count == _stored.Count)
        {
            RuleCacheCleanup.MarkUsed(_path, now);
            return;
        }
        RuleCacheFile.Write(_path, _header, _current);
        RuleCacheCleanup.RemoveUnused(Path.GetDirectoryName(_path)!, now);
    }
}
