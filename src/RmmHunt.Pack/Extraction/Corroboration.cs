namespace RmmHunt.Pack.Extraction;

/// <summary>
/// Whether a value from a crowd-sourced catalogue plausibly belongs to a tool: it must share a
/// distinctive word with what is known for sure about the tool (its names, website, catalogue file
/// names, and the values of finished hunts). LOLRMM's certificate list, for instance, gives
/// "Discord Inc." for DeskDay and "Realtek Semiconductor Corp." for TightVNC (bundled or unrelated
/// files its crawler downloaded); those share no word with the tool and are not hunted on.
/// </summary>
internal sealed class Corroboration
{
    /// <summary>Words at least this long may also match inside a longer word ("teamviewer" in "teamviewerqs").</summary>
    private const int PartialWord = 5;

    private readonly HashSet<string> _identity;
    private readonly ISet<string> _stopWords;

    public Corroboration(IEnumerable<string> identityTexts, ISet<string> stopWords)
    {
        _stopWords = stopWords;
        _identity = identityTexts.SelectMany(Names.Words).Where(Distinctive).ToHashSet(StringComparer.Ordinal);
    }

    public bool Supports(string value) => Supports(Names.Words(value));

    /// <summary>A domain is supported by the words of its labels, the top-level domain excepted.</summary>
    public bool SupportsDomain(string domain)
    {
        var labels = domain.Split('.');
        return Supports(labels.Take(Math.Max(1, labels.Length - 1)).SelectMany(Names.Words));
    }

    private bool Supports(IEnumerable<string> words) =>
        words.Where(Distinctive).Any(word => _identity.Contains(word) || _identity.Any(known =>
            Math.Min(known.Length, word.Length) >= PartialWord && (known.Contains(word, StringComparison.Ordinal) || word.Contains(known, StringComparison.Ordinal))));

    private bool Distinctive(string word) => word.Length >= 3 && !_stopWords.Contains(word) && !word.All(char.IsDigit);
}
