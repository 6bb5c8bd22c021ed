using System.Globalization;
using System.Text;
using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Syntax;

/// <summary>
/// Turns query text into tokens. Never throws: malformed input becomes a <see cref="TokenKind.Bad"/>
/// token or a literal with a diagnostic, and lexing goes on.
/// </summary>
public sealed class Lexer
{
    private static readonly HashSet<string> RawLiteralWords = new(StringComparer.Ordinal) { "datetime", "date", "guid", "timespan", "time" };

    private readonly string _text;
    private readonly List<Diagnostic> _diagnostics;
    private int _pos;
    private bool _trivia; // whether trivia precedes the token being scanned

    private Lexer(string text, List<Diagnostic> diagnostics)
    {
        _text = text;
        _diagnostics = diagnostics;
    }

    public static IReadOnlyList<Token> Tokenize(string text, List<Diagnostic> diagnostics)
    {
        var lexer = new Lexer(text, diagnostics);
        var tokens = new List<Token>(text.Length / 6 + 4); // about one token per six characters in real queries
        while (true)
        {
            var token = lexer.Next();
            tokens.Add(token);
            if (token.Kind == TokenKind.EndOfFile) return tokens;
        }
    }

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private Token Next()
    {
        _trivia = SkipTrivia();
        return Scan(_pos);
    }

    private bool SkipTrivia()
    {
        int start = _pos;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (IsWhitespace(c)) _pos++;
            else if (c == '/' && Peek(1) == '/')
            {
                while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
            }
            else break;
        }
        return _pos > start;
    }

    /// <summary>
    /// Kusto's whitespace: .NET's, plus the zero-width space, the Mongolian vowel separator and the byte
    /// order mark, which text pasted from web pages carries (Kusto.Language TextFacts.IsWhitespace).
    /// </summary>
    public static bool IsWhitespace(char c) => char.IsWhiteSpace(c) || c is '\u200b' or '\u180e' or '\ufeff';

    private Token Make(TokenKind kind, int start, object? value = null) => MakeSpelled(kind, start, Spelling(start), value);

    /// <summary>
    /// The token's text; one-character tokens share one string per character: a query has dozens of pipes,
    /// commas and parentheses, and a rule pack hundreds of queries.
    /// </summary>
    private string Spelling(int start) => _pos - start == 1 && _text[start] < AsciiText.Length ? AsciiText[_text[start]] : _text[start.._pos];

    private static readonly string[] AsciiText = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>A token whose source text the caller already holds (<paramref name="text"/>: the text from <paramref name="start"/> to here).</summary>
    private Token MakeSpelled(TokenKind kind, int start, string text, object? value = null) =>
        new(kind, TextSpan.FromBounds(start, _pos), text, value) { HasLeadingTrivia = _trivia };

    private Token Scan(int start)
    {
        if (_pos >= _text.Length) return new Token(TokenKind.EndOfFile, new TextSpan(_text.Length, 0), "") { HasLeadingTrivia = _trivia };
        char c = _text[_pos];

        if (IsIdentifierStart(c))
        {
            if ((c == 'h' || c == 'H') && (Peek(1) is '\'' or '"' || (Peek(1) == '@' && Peek(2) is '\'' or '"')))
            {
                _pos++; // obfuscated string h'...': same value as a plain string
                return Peek() == '@' ? ScanVerbatimString(start) : ScanString(start);
            }
            return ScanIdentifierOrTypedLiteral(start);
        }
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1)))) return ScanNumber(start);
        if (c is '\'' or '"') return ScanString(start);
        if (c == '@' && Peek(1) is '\'' or '"') return ScanVerbatimString(start);
        if (c == '`' && Peek(1) == '`' && Peek(2) == '`') return ScanMultiLineString(start);

        _pos++;
        switch (c)
        {
            case '(': return Make(TokenKind.OpenParen, start);
            case ')': return Make(TokenKind.CloseParen, start);
            case '[': return Make(TokenKind.OpenBracket, start);
            case ']': return Make(TokenKind.CloseBracket, start);
            case '{': return Make(TokenKind.OpenBrace, start);
            case '}': return Make(TokenKind.CloseBrace, start);
            case ',': return Make(TokenKind.Comma, start);
            case ';': return Make(TokenKind.Semicolon, start);
            case ':': return Make(TokenKind.Colon, start);
            case '|': return Make(TokenKind.Pipe, start);
            case '+': return Make(TokenKind.Plus, start);
            case '-': return Make(TokenKind.Minus, start);
            case '*': return Make(TokenKind.Star, start);
            case '/': return Make(TokenKind.Slash, start);
            case '%': return Make(TokenKind.Percent, start);
            case '?': return Make(TokenKind.Question, start);
            case '@': return Make(TokenKind.At, start);
            case '.':
                if (Peek() == '.') { _pos++; return Make(TokenKind.DotDot, start); }
                return Make(TokenKind.Dot, start);
            case '=':
                if (Peek() == '=') { _pos++; return Make(TokenKind.EqualEqual, start); }
                if (Peek() == '~') { _pos++; return Make(TokenKind.EqualTilde, start); }
                if (Peek() == '>') { _pos++; return Make(TokenKind.FatArrow, start); }
                return Make(TokenKind.Equal, start);
            case '<':
                if (Peek() == '=') { _pos++; return Make(TokenKind.LessEqual, start); }
                if (Peek() == '>') { _pos++; return Make(TokenKind.LessGreater, start); }
                return Make(TokenKind.Less, start);
            case '>':
                if (Peek() == '=') { _pos++; return Make(TokenKind.GreaterEqual, start); }
                return Make(TokenKind.Greater, start);
            case '!':
                if (Peek() == '=') { _pos++; return Make(TokenKind.BangEqual, start); }
                if (Peek() == '~') { _pos++; return Make(TokenKind.BangTilde, start); }
                if (char.IsAsciiLetter(Peek()))
                {
                    while (_pos < _text.Length && IsIdentifierPart(_text[_pos])) _pos++;
                    if (Peek() == '~') _pos++; // !in~
                    return Make(TokenKind.NegatedWord, start);
                }
                return Make(TokenKind.Bang, start);
        }
        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidCharacter, $"unexpected character '{c}'", TextSpan.FromBounds(start, _pos)));
        return Make(TokenKind.Bad, start);
    }

    public static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_' || c == '$';

    public static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private Token ScanIdentifierOrTypedLiteral(int start)
    {
        _pos++;
        while (_pos < _text.Length && IsIdentifierPart(_text[_pos])) _pos++;
        string word = _text[start.._pos];
        if (word == "in" && Peek() == '~')
        {
            _pos++;
            return Make(TokenKind.Identifier, start);
        }
        if (RawLiteralWords.Contains(word))
        {
            int save = _pos;
            while (_pos < _text.Length && _text[_pos] is ' ' or '\t') _pos++;
            if (Peek() == '(')
            {
                int close = _text.IndexOf(')', _pos);
                if (close >= 0 && _text.IndexOf('\n', _pos, close - _pos) < 0)
                {
                    string inner = _text[(_pos + 1)..close].Trim();
                    _pos = close + 1;
                    return Make(TokenKind.TypedLiteral, start, new TypedLiteralText(word, inner));
                }
            }
            _pos = save;
        }
        return MakeSpelled(TokenKind.Identifier, start, word);
    }

    private Token ScanNumber(int start)
    {
        bool hex = Peek() == '0' && Peek(1) is 'x' or 'X' && char.IsAsciiHexDigit(Peek(2));
        if (hex)
        {
            _pos += 2;
            while (char.IsAsciiHexDigit(Peek())) _pos++;
            string digits = _text[(start + 2).._pos];
            if (long.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out long h)) return Make(TokenKind.Long, start, h);
            return Invalid(start, "hexadecimal literal out of range");
        }
        bool isReal = false;
        while (char.IsAsciiDigit(Peek())) _pos++;
        if (Peek() == '.' && Peek(1) != '.' && !IsIdentifierStart(Peek(1)))
        {
            isReal = true;
            _pos++;
            while (char.IsAsciiDigit(Peek())) _pos++;
        }
        if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            isReal = true;
            _pos += 2;
            while (char.IsAsciiDigit(Peek())) _pos++;
        }
        string number = _text[start.._pos];
        if (IsIdentifierStart(Peek()))
        {
            int suffixStart = _pos;
            while (_pos < _text.Length && char.IsAsciiLetter(_text[_pos])) _pos++;
            string suffix = _text[suffixStart.._pos];
            if (TimeSpanUnits.TryGetTicks(suffix, out double ticksPerUnit) && !IsIdentifierPart(Peek()))
            {
                double amount = double.Parse(number, CultureInfo.InvariantCulture);
                double ticks = Math.Round(amount * ticksPerUnit);
                if (Math.Abs(ticks) > long.MaxValue) return Invalid(start, $"timespan literal '{_text[start.._pos]}' out of range");
                return Make(TokenKind.TimeSpan, start, new TimeSpan((long)ticks));
            }
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos])) _pos++;
            return Invalid(start, $"invalid number or timespan literal '{_text[start.._pos]}' (timespan units are d, h, m, s, ms, microsecond, tick...)");
        }
        if (!isReal && long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out long value)) return Make(TokenKind.Long, start, value);
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double real)) return Make(TokenKind.Real, start, real);
        return Invalid(start, $"invalid number '{number}'");
    }

    private Token Invalid(int start, string message)
    {
        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidLiteral, message, TextSpan.FromBounds(start, _pos)));
        return Make(TokenKind.Bad, start);
    }

    private Token ScanString(int start)
    {
        char quote = _text[_pos++];
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length || _text[_pos] == '\n')
            {
                _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnterminatedString, "unterminated string literal", TextSpan.FromBounds(start, _pos)));
                return Make(TokenKind.String, start, value.ToString());
            }
            char c = _text[_pos++];
            if (c == quote) return Make(TokenKind.String, start, value.ToString());
            if (c != '\\' || _pos >= _text.Length)
            {
                value.Append(c);
                continue;
            }
            char e = _text[_pos++];
            switch (e)
            {
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'r': value.Append('\r'); break;
                case '0': value.Append('\0'); break;
                case '\\': value.Append('\\'); break;
                case '\'': value.Append('\''); break;
                case '"': value.Append('"'); break;
                case 'u' when _pos + 4 <= _text.Length && ushort.TryParse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ushort u):
                    value.Append((char)u);
                    _pos += 4;
                    break;
                case 'x' when _pos + 2 <= _text.Length && byte.TryParse(_text.AsSpan(_pos, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out byte x):
                    value.Append((char)x);
                    _pos += 2;
                    break;
                default:
                    // Kusto keeps an unknown escape as written (regexes such as "\d" in plain strings).
                    value.Append('\\').Append(e);
                    break;
            }
        }
    }

    private Token ScanVerbatimString(int start)
    {
        _pos++; // @
        char quote = _text[_pos++];
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length || _text[_pos] == '\n')
            {
                _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnterminatedString, "unterminated verbatim string literal", TextSpan.FromBounds(start, _pos)));
                return Make(TokenKind.String, start, value.ToString());
            }
            char c = _text[_pos++];
            if (c == quote)
            {
                if (Peek() == quote) { value.Append(quote); _pos++; continue; }
                return Make(TokenKind.String, start, value.ToString());
            }
            value.Append(c);
        }
    }

    private Token ScanMultiLineString(int start)
    {
        _pos += 3;
        int end = _text.IndexOf("```", _pos, StringComparison.Ordinal);
        if (end < 0)
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnterminatedString, "unterminated ``` string literal", TextSpan.FromBounds(start, _text.Length)));
            string rest = _text[_pos..];
            _pos = _text.Length;
            return Make(TokenKind.String, start, rest);
        }
        string value = _text[_pos..end];
        _pos = end + 3;
        return Make(TokenKind.String, start, value);
    }
}

/// <summary>The parts of a raw typed literal such as <c>datetime(2024-01-01 10:00)</c>.</summary>
public sealed record TypedLiteralText(string TypeWord, string Inner);
