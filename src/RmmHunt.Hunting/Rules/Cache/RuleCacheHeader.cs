using RmmHunt.Hunting.Yaml;

namespace RmmHunt.Hunting.Rules.Cache;

/// <summary>
/// What a cached parse depends on besides the file's content. A cache file whose header differs from the
/// current one was written by another parser or under other options, and none of its entries is used.
/// </summary>
internal static class RuleCacheHeader
{
    // Raised whenever RuleCacheEntry or RuleCacheFile change how they lay out bytes.
    private const int FormatVersion = 1;

    private static readonly byte[] Magic = "RMMHUNT-RULES\0"u8.ToArray();

    public static byte[] For(RuleLoadOptions options)
    {
        var header = new MemoryStream();
        using (var writer = new BinaryWriter(header))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            // The builds of the rule reader and of the YAML scanner under it: the builds are deterministic, so
            // any change to their code (a fix in how a field is read, a new message) is a new id and a fresh cache.
            writer.Write(typeof(RuleCacheHeader).Module.ModuleVersionId.ToByteArray());
            writer.Write(typeof(YamlDotNet.Core.Parser).Module.ModuleVersionId.ToByteArray());
            // The options that change a parse; DisplayPath does not (paths are not cached).
            YamlLimits limits = options.Limits;
            writer.Write(limits.MaxFileChars);
            writer.Write(limits.MaxScalarChars);
            writer.Write(limits.MaxDepth);
            writer.Write(limits.MaxNodes);
            writer.Write(options.RepairDataTypesIndentation);
        }
        return header.ToArray();
    }
}
