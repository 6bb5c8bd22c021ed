namespace RmmHunt.Engine.Functions;

/// <summary>
/// The case-insensitive comparison of KQL's string operators (<c>=~</c>, <c>has</c>, <c>contains</c>,
/// <c>in~</c>...). ASCII letters fold to each other; other characters fold by their invariant lower
/// case, but never onto an ASCII character (so the Kelvin sign is not 'k' and dotless 'ı' is not 'i').
/// That rule makes an ASCII needle's raw bytes a necessary condition for a match, which the scan's
/// prefilter relies on to skip rows without parsing them.
/// </summary>
public static class CaseInsensitive
{
    public static readonly StringComparer Comparer = new FoldingComparer();

    public static char Fold(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        char lower = char.ToLowerInvariant(c);
        return lower < 128 ? c : lower;
    }

    public static bool Equals(string a, string b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && Fold(a[i]) != Fold(b[i])) return false;
        }
        return true;
    }

    public static bool StartsWith(string text, string prefix) =>
        prefix.Length <= text.Length && RegionEquals(text, 0, prefix);

    public static bool EndsWith(string text, string suffix) =>
        suffix.Length <= text.Length && RegionEquals(text, text.Length - suffix.Length, suffix);

    public static bool Contains(string text, string needle) => IndexOf(text, needle, 0) >= 0;

    /// <summary>The first position at or after <paramref name="from"/> where <paramref name="needle"/> occurs, or -1.</summary>
    public static int IndexOf(string text, string needle, int from)
    {
        if (needle.Length == 0) return from <= text.Length ? from : -1;
        char first = needle[0];
        char firstFolded = Fold(first);
        bool asciiLetter = char.IsAsciiLetter(first);
        char other = asciiLetter ? (char)(firstFolded - 32) : firstFolded;
        int last = text.Length - needle.Length;
        while (from <= last)
        {
            int at;
            if (first < 128)
            {
                var window = text.AsSpan(from, last - from + 1);
                at = asciiLetter ? window.IndexOfAny(firstFolded, other) : window.IndexOf(first);
                if (at < 0) return -1;
                at += from;
            }
            else
            {
                at = from;
                while (at <= last && Fold(text[at]) != firstFolded) at++;
                if (at > last) return -1;
            }
            if (RegionEquals(text, at, needle)) return at;
            from = at + 1;
        }
        return -1;
    }

    private static bool RegionEquals(string text, int start, string needle)
    {
        for (int i = 0; i < needle.Length; i++)
        {
            char a = text[start + i], b = needle[i];
            if (a != b && Fold(a) != Fold(b)) return false;
        }
        return true;
    }

    /// <summary>Also compares spans with strings, so sets of terms can be probed with a slice of a text without allocating it.</summary>
    private sealed class FoldingComparer : StringComparer, IAlternateEqualityComparer<ReadOnlySpan<char>, string?>
    {
        public override int Compare(string? x, string? y)
        {
            if (x is null || y is null) return string.CompareOrdinal(x, y);
            int n = Math.Min(x.Length, y.Length);
            for (int i = 0; i < n; i++)
            {
                int c = Fold(x[i]).CompareTo(Fold(y[i]));
                if (c != 0) return c;
            }
            return x.Length.CompareTo(y.Length);
        }

        public override bool Equals(string? x, string? y) => x is null || y is null ? x == y : CaseInsensitive.Equals(x, y);

        public override int GetHashCode(string obj) => GetHashCode(obj.AsSpan());

        /// <summary>FNV-1a over the folded characters: cheap per character, and sets of terms are probed once per word of every value.</summary>
        public int GetHashCode(ReadOnlySpan<char> alternate)
        {
            uint hash = 2166136261;
            foreach (char c in alternate) hash = (hash ^ Fold(c)) * 16777619;
            return (int)hash;
        }

        public bool Equals(ReadOnlySpan<char> alternate, string? other)
        {
            if (other is null || other.Length != alternate.Length) return false;
            for (int i = 0; i < alternate.Length; i++)
            {
                if (alternate[i] != other[i] && Fold(alternate[i]) != Fold(other[i])) return false;
            }
            return true;
        }

        public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();
    }
}
