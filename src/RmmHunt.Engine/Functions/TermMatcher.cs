namespace RmmHunt.Engine.Functions;

/// <summary>
/// Matches a string against many <c>has</c> needles at once. Needles that are a single term are
/// looked up in a hash set of the string's terms (one pass over the string, whatever the number of
/// needles: <c>has_any</c> lists run to thousands of entries). Phrases such as "server-eye.de" that
/// begin with a term are indexed by that first term: a phrase can only match where the string has a
/// term equal to it, so the same pass finds them (a rule pack's <c>has_any</c> of hundreds of domains
/// costs one pass, not one search per domain). Phrases beginning with punctuation (".exe") are
/// checked one by one.
/// </summary>
public sealed class TermMatcher
{
    private readonly HashSet<string> _singleTerms = new(CaseInsensitive.Comparer);
    private readonly List<string> _phrases = [];
    private readonly Dictionary<string, List<string>> _phrasesByFirstTerm = new(CaseInsensitive.Comparer);
    private readonly List<string> _otherPhrases = [];
    private readonly int _distinctNeedles;

    public TermMatcher(IEnumerable<string> needles)
    {
        foreach (var needle in needles.Where(n => n.Length > 0).Distinct(CaseInsensitive.Comparer))
        {
            if (needle.All(Terms.IsTermChar))
            {
                _singleTerms.Add(needle);
                continue;
            }
            _phrases.Add(needle);
            int firstTerm = 0;
            while (firstTerm < needle.Length && Terms.IsTermChar(needle[firstTerm])) firstTerm++;
            if (firstTerm == 0)
            {
                _otherPhrases.Add(needle);
                continue;
            }
            string key = needle[..firstTerm];
            if (!_phrasesByFirstTerm.TryGetValue(key, out var phrases)) _phrasesByFirstTerm[key] = phrases = [];
            phrases.Add(needle);
        }
        _distinctNeedles = _singleTerms.Count + _phrases.Count;
    }

    public bool MatchesAny(string text)
    {
        foreach (var phrase in _otherPhrases)
        {
            if (Terms.Has(text, phrase, caseSensitive: false)) return true;
        }
        if (_singleTerms.Count == 0 && _phrasesByFirstTerm.Count == 0) return false;
        // Terms are probed as spans of the text: a has_any runs on every distinct value of a column.
        var terms = _singleTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        var phrasesByFirstTerm = _phrasesByFirstTerm.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int end = 0; NextTerm(text, ref end, out int start);)
        {
            var term = text.AsSpan(start, end - start);
            if (terms.Contains(term)) return true;
            if (!phrasesByFirstTerm.TryGetValue(term, out var phrases)) continue;
            foreach (var phrase in phrases)
            {
                if (PhraseAt(text, start, phrase)) return true;
            }
        }
        return false;
    }

    /// <summary>The phrase occurs at a term start, ending at a term boundary when it ends with a term character (as <see cref="Terms.Has"/>).</summary>
    private static bool PhraseAt(string text, int start, string phrase)
    {
        int end = start + phrase.Length;
        if (end > text.Length) return false;
        for (int i = 0; i < phrase.Length; i++)
        {
            char a = text[start + i], b = phrase[i];
            if (a != b && CaseInsensitive.Fold(a) != CaseInsensitive.Fold(b)) return false;
        }
        return !Terms.IsTermChar(phrase[^1]) || end == text.Length || !Terms.IsTermChar(text[end]);
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
        for (int end = 0; NextTerm(text, ref end, out int start);)
        {
            if (terms.TryGetValue(text.AsSpan(start, end - start), out var needle)) found.Add(needle);
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
