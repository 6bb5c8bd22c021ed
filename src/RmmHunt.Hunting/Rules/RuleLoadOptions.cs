using RmmHunt.Hunting.Yaml;

namespace RmmHunt.Hunting.Rules;

/// <summary>How strictly rule files are read.</summary>
public sealed record RuleLoadOptions
{
    public static RuleLoadOptions Default { get; } = new();

    public YamlLimits Limits { get; init; } = YamlLimits.Default;

    /// <summary>
    /// Re-read a file that strict YAML rejects because of the known jischell-msft <c>dataTypes</c>
    /// mis-indentation, with a warning (see <see cref="DataTypesIndentationRepair"/>). Off: such files are errors.
    /// </summary>
    public bool RepairDataTypesIndentation { get; init; } = true;

    /// <summary>
    /// How a file is named in rules and messages; by default as found. The built-in pack is named relative
    /// to the program's folder (<c>rules/pack/...</c>), so reports do not depend on where it is installed.
    /// </summary>
    public Func<string, string>? DisplayPath { get; init; }

    public string Display(string path) => DisplayPath?.Invoke(path) ?? path;

    /// <summary>
    /// Where a directory load keeps the parses of its files, so that loading unchanged files again skips
    /// YAML parsing (see <see cref="Cache.RuleCache"/>); null (the default) caches nothing. A cache that cannot
    /// be read or written is passed over: the files are parsed.
    /// </summary>
    public string? CacheDirectory { get; init; }
}
