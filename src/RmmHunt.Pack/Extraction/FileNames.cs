namespace RmmHunt.Pack.Extraction;

/// <summary>
/// Turns an installation path or PE file name into an executable name for <c>FileName =~</c>, or a
/// <c>prefix*suffix</c> pattern (<c>screenconnect*.exe</c>) for <c>startswith</c>/<c>endswith</c>.
/// Names too short or too common to point at one tool are refused.
/// </summary>
internal static class FileNames
{
    private const int MinimumStem = 3;
    private const int MinimumPatternPrefix = 4;

    public static Normalized Normalize(string raw, ISet<string> generic, bool allowPattern)
    {
        string text = raw.Trim().Trim('\'', '"').Trim();
        int separator = text.LastIndexOfAny(['\\', '/']);
        string name = separator >= 0 ? text[(separator + 1)..] : text;
        if (name.Length == 0 || name == "*") return Normalized.Reject("a folder, not a file name");
        if (!name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase)) return Normalized.Reject("not a Windows executable (.exe)");
        if (name.IndexOfAny(['?', '[', ']', '%', '<', '>']) >= 0) return Normalized.Reject("a pattern the pack cannot express");
        int stars = name.Count(c => c == '*');
        if (stars > 1) return Normalized.Reject("a pattern with more than one wildcard");
        if (stars == 1)
        {
            if (!allowPattern) return Normalized.Reject("a wildcard where an exact name is needed");
            return name.IndexOf('*') < MinimumPatternPrefix
                ? Normalized.Reject($"a pattern needs at least {MinimumPatternPrefix} characters before its wildcard")
                : Normalized.Accept(name);
        }
        if (name.Length - ".exe".Length < MinimumStem) return Normalized.Reject("too short to point at one tool");
        if (generic.Contains(name)) return Normalized.Reject("a name many unrelated programs use");
        return Normalized.Accept(name);
    }
}
