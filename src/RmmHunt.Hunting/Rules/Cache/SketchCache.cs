using System.IO.Hashing;
using System.Text;
using RmmHunt.Engine.Execution;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Hunting.Rules.Cache;

/// <summary>
/// The scan sketches (<see cref="ScanSketch"/>) of rules planned in earlier hunts, kept in the rule cache's folder,
/// so that a hunt compiles and plans only the rules its scans give rows. A sketch depends on the rule's query text
/// (its entry's key), on the schemas of the hunt's tables and on the builds of the compiler and engine: those go
/// into the header, and the file is named by it, so a hunt over other tables or with another build finds none of
/// another's sketches and keeps its own file. The file is written as the rule cache's (<see cref="RuleCacheFile"/>).
/// One instance serves one hunt.
/// </summary>
public sealed class SketchCache
{
    private readonly string _path;
    private readonly byte[] _header;
    // Every entry is kept, used by this hunt or not: hunts over the same tables with other rules (the seed alone,
    // one tool's rules, the pack) share the file. A new build starts a new file, which bounds what edited rules leave.
    private readonly Dictionary<RuleCacheKey, byte[]> _entries;
    private int _changes;

    private SketchCache(string path, byte[] header)
    {
        _path = path;
        _header = header;
        _entries = RuleCacheFile.Read(path, header);
    }

    /// <summary>The sketches kept in <paramref name="directory"/> for hunts over tables of these schemas.</summary>
    public static SketchCache Open(string directory, ISchemaProvider schemas)
    {
        var header = Header(schemas);
        return new SketchCache(Path.Combine(directory, $"sketches-{XxHash3.HashToUInt64(header):x16}.bin"), header);
    }

    /// <summary>The rule's sketch from an earlier hunt, or null.</summary>
    internal ScanSketch? Find(HuntingRule rule)
    {
        var key = RuleCacheKey.Of(rule.Query);
        if (!_entries.TryGetValue(key, out var entry)) return null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(entry, writable: false), Encoding.UTF8);
            var sketch = SketchCacheEntry.Read(reader);
            return reader.BaseStream.Position == entry.Length ? sketch : null;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or DecoderFallbackException)
        {
            return null; // planned again, and the new sketch replaces it
        }
    }

    /// <summary>Keeps the sketch of a rule this hunt planned.</summary>
    internal void Add(HuntingRule rule, ScanSketch sketch)
    {
        var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8)) SketchCacheEntry.Write(writer, sketch);
        _entries[RuleCacheKey.Of(rule.Query)] = bytes.ToArray();
        _changes++;
    }

    /// <summary>Forgets the rule's sketch.</summary>
    internal void Remove(HuntingRule rule)
    {
        if (_entries.Remove(RuleCacheKey.Of(rule.Query))) _changes++;
    }

    /// <summary>
    /// Rewrites the file when this hunt added or removed a sketch, otherwise marks it as used. Files of other tables or builds
    /// that no hunt used for <see cref="RuleCacheCleanup.Unused"/> go.
    /// </summary>
    public void Save()
    {
        var now = DateTime.UtcNow;
        if (_changes == 0)
        {
            RuleCacheCleanup.MarkUsed(_path, now);
            return;
        }
        RuleCacheFile.Write(_path, _header, _entries);
        RuleCacheCleanup.RemoveUnused(Path.GetDirectoryName(_path)!, now);
    }

    // Raised whenever SketchCacheEntry changes how it lays out bytes.
    private const int FormatVersion = 1;

    private static readonly byte[] Magic = "RMMHUNT-SKETCHES\0"u8.ToArray();

    private static byte[] Header(ISchemaProvider schemas)
    {
        var header = new MemoryStream();
        using (var writer = new BinaryWriter(header, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            // The builds of the binder and of the planner that derive a sketch (deterministic builds: a change to
            // either is a new id).
            writer.Write(typeof(ISchemaProvider).Module.ModuleVersionId.ToByteArray());
            writer.Write(typeof(ScanSketch).Module.ModuleVersionId.ToByteArray());
            foreach (string name in schemas.TableNames.Order(StringComparer.Ordinal))
            {
                writer.Write(name);
                var columns = schemas.FindTable(name)?.Columns ?? [];
                writer.Write(columns.Count);
                foreach (var column in columns)
                {
                    writer.Write(column.Name);
                    writer.Write((int)column.Type);
                }
            }
        }
        return header.ToArray();
    }
}
