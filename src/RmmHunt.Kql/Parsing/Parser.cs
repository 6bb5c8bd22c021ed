using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Syntax;
using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Parsing;

/// <summary>
/// A hand-written recursive-descent parser for KQL queries. It recovers from errors (skipping to the
/// next pipe or semicolon) so that one run reports every syntax error, and it never throws.
/// Split by concern: statements here, expressions, operators and literals in the other parts.
/// </summary>
public sealed partial class Parser
{
    /// <summary>Nesting beyond this depth is rejected with a diagnostic instead of overflowing the stack.</summary>
    public const int MaxDepth = 200;

    /// <summary>
    /// Links of left-nested chains (<c>a or b or ...</c>, <c>a.b.c</c>, <c>T | x | y</c>) beyond this count are
    /// rejected too: the parser loops over them, but the tree it builds is one level deeper per link and the
    /// binder and engine walk it recursively. Real rules have chains of about a hundred <c>or</c> terms.
    /// </summary>
    public const int MaxChainLength = 500;

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<int> _blockStarts = [];
    private int _pos;
    private int _depth;
    private int _chain;
    private int _lastErrorPosition = -1;
    private bool _abandoned;

    private Parser(string text, IReadOnlyList<Token> tokens, List<Diagnostic> diagnostics)
    {
        _text = text;
        _tokens = tokens;
        _diagnostics = diagnostics;
    }

    /// <summary>Parses a whole query (let statements and a final tabular expression).</summary>
    public static QueryText Parse(string text, List<Diagnostic> diagnostics)
    {
        var tokens = Lexer.Tokenize(text, diagnostics);
        var parser = new Parser(text, tokens, diagnostics);
        return parser.ParseQueryText();
    }

    /// <summary>Parses a standalone scalar expression (used for KQL exclusion filters).</summary>
    public static Expr ParseExpression(string text, List<Diagnostic> diagnostics)
    {
        var tokens = Lexer.Tokenize(text, diagnostics);
        var parser = new Parser(text, tokens, diagnostics);
        var expr = parser.ParsePipeExpression();
        if (!parser.Current.Is(TokenKind.EndOfFile)) parser.Error(parser.Current.Span, $"unexpected '{parser.Current.Text}' after the expression");
        return expr;
    }

    private Token Current => _tokens[_pos];

    private Token PeekToken(int ahead = 1) => _tokens[Math.Min(_pos + ahead, _tokens.Count - 1)];

    private Token Advance()
    {
        var token = _tokens[_pos];
        if (_pos < _tokens.Count - 1) _pos++;
        return token;
    }

    private bool IsWord(string word) => Current.IsWord(word);

    private bool TryEat(TokenKind kind)
    {
        if (!Current.Is(kind)) return false;
        Advance();
        return true;
    }

    private bool TryEatWord(string word)
    {
        if (!IsWord(word)) return false;
        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (Current.Is(kind)) return Advance();
        Error(Current.Span, $"expected {what} but found {Describe(Current)}");
        return new Token(kind, new TextSpan(Current.Span.Start, 0), "");
    }

    private static string Describe(Token token) => token.Kind == TokenKind.EndOfFile ? "the end of the query" : $"'{token.Text}'";

    private void Error(TextSpan span, string message, string code = DiagnosticCodes.SyntaxError)
    {
        // One syntax error per position: a failed Expect and the recovery after it both see the same
        // stray token, and the second report would only repeat the first.
        if (_abandoned || span.Start == _lastErrorPosition) return;
        _lastErrorPosition = span.Start;
        _diagnostics.Add(Diagnostic.Error(code, message, span));
    }

    private TextSpan SpanFrom(int startPosition) =>
        TextSpan.FromBounds(startPosition, Math.Max(startPosition, _tokens[Math.Max(0, _pos - 1)].Span.End));

    private QueryText ParseQueryText()
    {
        var statements = new List<Statement>();
        while (!Current.Is(TokenKind.EndOfFile))
        {
            if (TryEat(TokenKind.Semicolon)) continue;
            int before = _pos;
            var statement = ParseStatement();
            if (statement is not null) statements.Add(statement);
            if (statement is QueryStatement && AtQueryBlockStart())
            {
                _blockStarts.Add(Current.Span.Start);
                continue;
            }
            if (!Current.Is(TokenKind.Semicolon) && !Current.Is(TokenKind.EndOfFile))
            {
                Error(Current.Span, $"expected ';' or the end of the query but found {Describe(Current)}");
                SkipTo(TokenKind.Semicolon);
            }
            if (_pos == before) Advance();
        }
        return new QueryText(new TextSpan(0, Current.Span.End), statements) { BlockStarts = _blockStarts };
    }

    private Statement? ParseStatement()
    {
        int start = Current.Span.Start;
        if (IsWord("let")) return ParseLet();
        if (IsWord("set") && PeekToken().Is(TokenKind.Identifier))
        {
            Advance();
            string option = Advance().Text;
            while (!Current.Is(TokenKind.Semicolon) && !Current.Is(TokenKind.EndOfFile)) Advance();
            return new SetStatement(SpanFrom(start), option);
        }
        if (IsWord("declare") || IsWord("alias") || IsWord("restrict") || IsWord("pattern"))
        {
            string word = Current.Text;
            Error(Current.Span, $"the '{word}' statement is not supported", DiagnosticCodes.UnsupportedConstruct);
            SkipTo(TokenKind.Semicolon);
            return null;
        }
        var query = ParsePipeExpression();
        return new QueryStatement(SpanFrom(start), query);
    }

    private LetStatement ParseLet()
    {
        int start = Advance().Span.Start; // let
        var nameToken = Current;
        string name = ParseName("a name after 'let'");
        Expect(TokenKind.Equal, "'=' after the let name");
        Expr value = LooksLikeFunction() ? ParseFunction() : ParsePipeExpression();
        return new LetStatement(SpanFrom(start), name, nameToken.Span, value);
    }

    /// <summary>Skips to the next token of <paramref name="kind"/> at this nesting level (or a pipe/semicolon that ends the construct).</summary>
    private void SkipTo(TokenKind kind, bool stopAtPipe = false)
    {
        int depth = 0;
        while (!Current.Is(TokenKind.EndOfFile))
        {
            var k = Current.Kind;
            if (depth == 0 && (k == kind || k == TokenKind.Semicolon || (stopAtPipe && k == TokenKind.Pipe))) return;
            if (k is TokenKind.OpenParen or TokenKind.OpenBracket or TokenKind.OpenBrace) depth++;
            else if (k is TokenKind.CloseParen or TokenKind.CloseBracket or TokenKind.CloseBrace)
            {
                if (depth == 0) return;
                depth--;
            }
            Advance();
        }
    }

    /// <summary>A plain or bracketed (<c>['name']</c>) identifier.</summary>
    private string ParseName(string what)
    {
        if (Current.Is(TokenKind.Identifier)) return Advance().Text;
        if (Current.Is(TokenKind.OpenBracket) && PeekToken().Is(TokenKind.String) && PeekToken(2).Is(TokenKind.CloseBracket))
        {
            Advance();
            string name = (string)Advance().Value!;
            Advance();
            return name;
        }
        Error(Current.Span, $"expected {what} but found {Describe(Current)}");
        return "";
    }

    private bool AtName() =>
        Current.Is(TokenKind.Identifier)
        || (Current.Is(TokenKind.OpenBracket) && PeekToken().Is(TokenKind.String) && PeekToken(2).Is(TokenKind.CloseBracket));

    /// <summary>
    /// Counts one level of nesting. Beyond <see cref="MaxDepth"/> the rest of the query is abandoned
    /// with one diagnostic, so that the error does not cascade through every enclosing level.
    /// </summary>
    private bool EnterNesting(TextSpan span)
    {
        _depth++;
        if (_depth <= MaxDepth && !_abandoned) return true;
        if (!_abandoned)
        {
            Error(span, $"the query is nested more than {MaxDepth} levels deep", DiagnosticCodes.Limit);
            _abandoned = true;
        }
        _pos = _tokens.Count - 1;
        return false;
    }

    private void LeaveNesting() => _depth--;

    /// <summary>
    /// Counts one more link of a chain that the caller is building in a loop (the caller subtracts its
    /// <paramref name="links"/> from the total when it returns). False when the limit is reached: the
    /// rest of the query is then abandoned, as for <see cref="EnterNesting"/>.
    /// </summary>
    private bool ExtendChain(ref int links, TextSpan span)
    {
        links++;
        _chain++;
        if (_chain <= MaxChainLength && !_abandoned) return true;
        if (!_abandoned)
        {
            Error(span, $"the query has a chain of more than {MaxChainLength} operators or member accesses", DiagnosticCodes.Limit);
            _abandoned = true;
        }
        _pos = _tokens.Count - 1;
        return false;
    }
}
