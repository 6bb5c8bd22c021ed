using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    /// <summary>
    /// True where a complete top-level query is followed, after a blank line, by a name that starts
    /// another one. Published queries often hold several (a Sentinel and a Defender variant, numbered
    /// examples) the way an editor does, one per paragraph. Only a text that would otherwise be a syntax
    /// error is split here, so the meaning of a valid query never changes.
    /// </summary>
    private bool AtQueryBlockStart() =>
        _depth <= 1 && Current.Is(TokenKind.Identifier) && BlankLineBefore(Current.Span.Start);

    /// <summary>True when a line holding only whitespace lies between the previous token and <paramref name="position"/>.</summary>
    private bool BlankLineBefore(int position)
    {
        int from = _pos == 0 ? 0 : _tokens[_pos - 1].Span.End;
        int lineStart = -1;
        for (int i = from; i < position; i++)
        {
            char c = _text[i];
            if (c == '\n')
            {
                if (lineStart >= 0) return true;
                lineStart = i + 1;
            }
            else if (lineStart >= 0 && !Lexer.IsWhitespace(c))
            {
                lineStart = -1; // a comment line is not blank; wait for the next line break
            }
        }
        return false;
    }
}
