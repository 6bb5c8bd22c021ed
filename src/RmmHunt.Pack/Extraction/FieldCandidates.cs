namespace RmmHunt.Pack.Extraction;

/// <summary>
/// The accepted values of one indicator field of one tool while the catalogue is built: values
/// compared ignoring case, each with every spelling seen, its sources and whether a finished hunt
/// uses it.
/// </summary>
internal sealed class FieldCandidates
{
    public sealed class Candidate(string key)
    {
        public string Key { get; } = key;
        public Dictionary<string, int> Spellings { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Sources { get; } = new(StringComparer.Ordinal);
        public bool Authoritative { get; set; }
        private readonly HashSet<string> _authoritativeSpellings = new(StringComparer.Ordinal);

        public void Add(string spelling, string source, bool authoritative)
        {
            Spellings[spelling] = Spellings.GetValueOrDefault(spelling) + 1;
            Sources.Add(source);
            Authoritative |= authoritative;
            if (authoritative) _authoritativeSpellings.Add(spelling);
        }

        /// <summary>The spelling of a finished hunt if there is one, else the most frequent (then ordinal first).</summary>
        public string Value => Spellings
            .OrderByDescending(s => _authoritativeSpellings.Contains(s.Key))
            .ThenByDescending(s => s.Value)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .First().Key;
    }

    private readonly Dictionary<string, Candidate> _candidates = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<Candidate> All => _candidates.Values;

    public void Add(string value, string source, bool authoritative)
    {
        if (!_candidates.TryGetValue(value, out var candidate)) _candidates[value] = candidate = new Candidate(value);
        candidate.Add(value, source, authoritative);
    }

    public Candidate? Find(string value) => _candidates.GetValueOrDefault(value);

    public bool Remove(string value) => _candidates.Remove(value);
}
