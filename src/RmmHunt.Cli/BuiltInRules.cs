namespace RmmHunt.Cli;

/// <summary>Where the built-in rule pack is: copied beside the program at build time.</summary>
internal static class BuiltInRules
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>Built-in rule files named as in the repository (<c>rules/pack/...</c>), wherever the program is installed, so that reports are the same everywhere.</summary>
    public static Hunting.Rules.RuleLoadOptions LoadOptions { get; } = new() { DisplayPath = path => Path.GetRelativePath(AppContext.BaseDirectory, path).Replace('\\', '/') };
}
