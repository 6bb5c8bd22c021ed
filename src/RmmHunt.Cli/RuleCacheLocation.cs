namespace RmmHunt.Cli;

/// <summary>
/// Where the CLI keeps parsed rules between runs (<see cref="Hunting.Rules.RuleLoadOptions.CacheDirectory"/>):
/// <c>$RMMHUNT_CACHE_DIR</c> (<c>off</c>: no cache), else the XDG cache folder, else <c>~/.cache/rmmhunt</c>.
/// </summary>
internal static class RuleCacheLocation
{
    public const string Variable = "RMMHUNT_CACHE_DIR";

    public static string? Directory { get; } = From(Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>The cache folder from these environment variables and home folder; null for no cache.</summary>
    public static string? From(Func<string, string?> variable, string? home)
    {
        string? chosen = variable(Variable);
        if (!string.IsNullOrEmpty(chosen)) return chosen.Equals("off", StringComparison.OrdinalIgnoreCase) ? null : chosen;
        // The XDG base directory specification ignores a relative XDG_CACHE_HOME.
        string? xdg = variable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathFullyQualified(xdg)) return Path.Combine(xdg, "rmmhunt");
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "rmmhunt");
    }
}
