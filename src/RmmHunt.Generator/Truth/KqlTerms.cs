namespace RmmHunt.Generator.Truth;

/// <summary>
/// KQL's <c>has</c>, written independently of the engine so the ground truth can check it. A string is made
/// of terms, maximal runs of letters and digits; <c>has</c> is true when the needle occurs, ignoring case,
/// with no letter or digit glued to whichever of its ends is itself a letter or digit. So
/// <c>occ.server-eye.de</c> has <c>server-eye.de</c>, but <c>myserver-eye.de</c> does not.
/// </summary>
public static class KqlTerms
{
    public static bool Has(string? text, string needle)
    {
        if (needle.Length == 0) return true;
        if (string.IsNullOrEmpty(text)) return false;
        bool boundedLeft = IsTermChar(needle[0]);
        bool boundedRight = IsTermChar(needle[^1]);
        for (int from = 0; from <= text.Length - needle.Length;)
        {
            int at = text.IndexOf(needle, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            int after = at + needle.Length;
            bool leftOk = !boundedLeft || at == 0 || !IsTermChar(text[at - 1]);
            bool rightOk = !boundedRight || after == text.Length || !IsTermChar(text[after]);
            if (leftOk && rightOk) return true;
            from = at + 1;
        }
        return false;
    }

    public static bool HasAny(string? text, params ReadOnlySpan<string> needles)
    {
        foreach (var needle in needles)
        {
            if (Has(text, needle)) return true;
        }
        return false;
    }

    private static bool IsTermChar(char c) => char.IsLetterOrDigit(c);
}
