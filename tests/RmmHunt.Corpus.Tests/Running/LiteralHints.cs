using RmmHunt.Kql.Syntax;

namespace RmmHunt.Corpus.Tests.Running;

/// <summary>
/// The values a query filters columns by (<c>FileName =~ "certutil.exe"</c>, <c>RemotePort in (3389, 22)</c>,
/// <c>ProcessCommandLine has_any ("-enc", "bypass")</c>), read from its tokens. Handed to the generator
/// as hints, so that some synthetic rows pass the query's filters and its later operators (joins,
/// summaries, parsing of JSON) run over rows rather than over nothing.
/// </summary>
internal static class LiteralHints
{
    private static readonly HashSet<string> WordOperators = new(StringComparer.Ordinal)
    {
        "has", "has_cs", "contains", "contains_cs", "startswith", "startswith_cs", "endswith", "endswith_cs",
        "hasprefix", "hassuffix", "in", "in~", "has_any", "has_all", "matches",
    };

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> From(string query)
    {
        var tokens = Lexer.Tokenize(query, []);
        var hints = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (int i = 0; i + 2 < tokens.Count; i++)
        {
            if (!tokens[i].Is(TokenKind.Identifier) || !IsFilter(tokens[i + 1])) continue;
            int next = tokens[i + 1].IsWord("matches") && tokens[i + 2].IsWord("regex") ? i + 3 : i + 2;
            if (tokens[i + 1].IsWord("matches") && next == i + 2) continue;
            foreach (var value in Values(tokens, next))
            {
                if (!hints.TryGetValue(tokens[i].Text, out var list)) hints[tokens[i].Text] = list = [];
                if (!list.Contains(value)) list.Add(value);
            }
        }
        return hints.ToDictionary(h => h.Key, h => (IReadOnlyList<string>)h.Value, StringComparer.Ordinal);
    }

    private static bool IsFilter(Token token) =>
        token.Kind is TokenKind.EqualEqual or TokenKind.EqualTilde || (token.Is(TokenKind.Identifier) && WordOperators.Contains(token.Text));

    /// <summary>A literal, or a parenthesized list of literals (names of lets in the list are skipped).</summary>
    private static IEnumerable<string> Values(IReadOnlyList<Token> tokens, int at)
    {
        if (Literal(tokens[at]) is { } single) { yield return single; yield break; }
        if (!tokens[at].Is(TokenKind.OpenParen)) yield break;
        for (int i = at + 1; i < tokens.Count && !tokens[i].Is(TokenKind.CloseParen); i++)
        {
            if (Literal(tokens[i]) is { } item) yield return item;
        }
    }

    private static string? Literal(Token token) => token.Kind switch
    {
        TokenKind.String => token.Value as string,
        TokenKind.Long or TokenKind.Real => token.Text,
        _ => null,
    };
}
