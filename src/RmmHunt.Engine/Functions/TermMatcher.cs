namespace RmmHunt.Engine.Functions;

/// <summary>
/// Matches a string against many <c>has</c> needles at once. Needles that are a single term are
/// looked up in a hash set of the string's terms (one pass over the string, whatever the number of
/// needles: <c>has_any</c> lists run to thousands of entries); phrases such as "server-eye.de" are
/// checked one by one.
/// </summary>
public sealed class TermMatcher
{
    private readonly HashSet<string> _singleTerms = new(CaseInsensitive.Comparer);
    private readonly List<string> _phrases = [];
    private readonly int _distinctNeedles;

    public TermMatcher(IEnumerable<string> needles)
    {
        foreach (var needle in needles.Where(n => n.Length > 0).Distinct(CaseInsensitive.Comparer))
        {
            if (needle.All(Terms.IsTermChar)) _singleTerms.Add(needle);
            else _phrases.Add(needle);
        }
        _distinctNeedles = _singleTerms.Count + _phrases.Count;
    }

    public bool MatchesAny(string text)
    {
        foreach (var phrase in _phrases)
        {
            if (Terms.Has(text, phrase, caseSensitive: false)) return true;
        }
        if (_singleTerms.Count == 0) return false;
        var terms = _singleTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; NextTerm(text, ref i, out int start);)
        {
            if (terms.Contains(text.AsSpan(start, i - start))) return true;
        }
        return false;
    }

    public bool MatchesAll(string text)
    {
        if (_distinctNeedles == 0) return false;
        foreach (var phrase in _phrases)
        {
            if (!Terms.Has(text, phrase, caseSensitive: false)) return false;
        }
        if (_singleTerms.Count == 0) return true;
        var terms = _singleTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = new HashSet<string>(CaseInsensitive.Comparer);
        for (int i = 0; NextTerm(text, ref i, out int start);)
        {
            if (terms.TryGetValue(text.AsSpan(start, i - start), out var needle)) found.Add(needle);
        }
        return found.Count == _singleTerms.Count;
    }

    /// <summary>Moves <paramref name="end"/> past the next term of <paramref name="text"/>; false when there is none.</summary>
    private static bool NextTerm(string text, ref int end, out int start)
    {
        int i = end;
        while (i < text.Length && !Terms.IsTermChar(text[i])) i++;
        start = i;
        while (i < text.Length && Terms.IsTermChar(text[i])) i++;
        end = i;
        return i > start;
    }
}
