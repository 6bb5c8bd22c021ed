namespace RmmHunt.Cli;

/// <summary>Where the built-in rule pack is: copied beside the program at build time.</summary>
internal static class BuiltInRules
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "rules");
}
