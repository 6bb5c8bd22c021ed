namespace RmmHunt.Engine.Functions;

/// <summary>
/// Kusto's term matching for <c>has</c> and its kin. A string is split into maximal runs of
/// alphanumeric characters (letters and digits of any script, so "Krämer" is one term; '_', '-', '.'
/// and spaces separate terms). <c>has "x"</c> is true when the needle occurs with no alphanumeric
/// character glued to it where the needle itself begins or ends with an alphanumeric character, so
/// phrases such as <c>has "server-eye.de"</c> match a whole run of terms.
/// </summary>
public static class Terms
{
    public static bool IsTermChar(char c) => char.IsLetterOrDigit(c);

    public static bool Has(string haystack, string needle, bool caseSensitive) =>
        Find(haystack, needle, caseSensitive, checkStart: true, checkEnd: true);

    /// <summary><c>hasprefix</c>: the needle starts a term.</summary>
    public static bool HasPrefix(string haystack, string needle, bool caseSensitive) =>
        Find(haystack, needle, caseSensitive, checkStart: true, checkEnd: false);

    /// <summary><c>hassuffix</c>: the needle ends a term.</summary>
    public static bool HasSuffix(string haystack, string needle, bool caseSensitive) =>
        Find(haystack, needle, caseSensitive, checkStart: false, checkEnd: true);

    private static bool Find(string haystack, string needle, bool caseSensitive, bool checkStart, bool checkEnd)
    {
        // An empty needle names no term, so it matches nothing (Kusto's term index has no empty term).
        if (needle.Length == 0 || needle.Length > haystack.Length) return false;
        bool startsWithTermChar = IsTermChar(needle[0]);
        bool endsWithTermChar = IsTermChar(needle[^1]);
        var span = haystack.AsSpan();
        int from = 0;
        while (from <= haystack.Length - needle.Length)
        {
            int at = caseSensitive ? IndexOfOrdinal(span, needle, from) : CaseInsensitive.IndexOf(haystack, needle, from);
            if (at < 0) return false;
            int end = at + needle.Length;
            bool startOk = !checkStart || !startsWithTermChar || at == 0 || !IsTermChar(haystack[at - 1]);
            bool endOk = !checkEnd || !endsWithTermChar || end == haystack.Length || !IsTermChar(haystack[end]);
            if (startOk && endOk) return true;
            from = at + 1;
        }
        return false;
    }

    private static int IndexOfOrdinal(ReadOnlySpan<char> haystack, string needle, int from)
    {
        int at = haystack[from..].IndexOf(needle.AsSpan(), StringComparison.Ordinal);
        return at < 0 ? -1 : at + from;
    }
}
