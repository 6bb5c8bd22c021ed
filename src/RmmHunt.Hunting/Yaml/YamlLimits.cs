namespace RmmHunt.Hunting.Yaml;

/// <summary>
/// Bounds on what a rule or exclusion file may contain, so that a hostile or broken file is
/// rejected with a clear message instead of exhausting memory or the stack. Real Sentinel rules are
/// a few kilobytes, nested five levels deep, and use no aliases; the defaults leave ample room.
/// </summary>
public sealed record YamlLimits
{
    public static YamlLimits Default { get; } = new();

    /// <summary>Largest file read, in characters (checked against the byte size before reading).</summary>
    public int MaxFileChars { get; init; } = 4 * 1024 * 1024;

    /// <summary>Longest single value (a query is the longest value a rule has).</summary>
    public int MaxScalarChars { get; init; } = 256 * 1024;

    /// <summary>Deepest nesting of mappings and lists.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Most values (scalars, lists and mappings) in one file.</summary>
    public int MaxNodes { get; init; } = 100_000;
}
