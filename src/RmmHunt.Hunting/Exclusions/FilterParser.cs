namespace RmmHunt.Hunting.Exclusions;

/// <summary>
/// Parses the filter language of exclusion files, a small subset of Kibana's query language:
/// <code>
/// filter  := or
/// or      := and ("or" and)*
/// and     := unary ("and" unary)*
/// unary   := "not" unary | "(" or ")" | field ":" "quoted value"
/// </code>
/// so <c>not</c> binds tightest, then <c>and</c>, then <c>or</c>. It stops at the first error: a filter is a
/// line or two, and one precise message helps more than a cascade.
/// </summary>
internal sealed class FilterParser
{
    /// <summary>Parentheses and <c>not</c> nested deeper than this are refused rather than recursed into.</summary>
    public const int MaxDepth = 64;

    private readonly List<FilterToken> _tokens;
    private int _pos;
    private int _depth;

    private FilterParser(List<FilterToken> tokens) => _tokens = tokens;

    /// <summary>The filter's syntax tree, or null with the reason in <paramref name="error"/>.</summary>
    public static FilterNode? Parse(string text, out FilterError? error)
    {
        var errors = new List<FilterError>();
        var tokens = FilterLexer.Tokenize(text, errors);
        error = errors.FirstOrDefault();
        if (error is not null) return null;
        try
        {
            var parser = new FilterParser(tokens);
            var node = parser.ParseOr();
            if (parser.Current.Kind != FilterTokenKind.End)
                throw new SyntaxException(parser.Current.Start, $"unexpected {parser.Current.Describe()} after a complete filter: join terms with 'and' or 'or'; "
                    + "the filter has no comment syntax, so put notes in a YAML comment (# ...) after the quoted filter or in the description");
            return node;
        }
        catch (SyntaxException e)
        {
            error = new FilterError(e.Offset, HuntingCodes.FilterSyntax, e.Message);
            return null;
        }
    }

    private FilterToken Current => _tokens[_pos];

    private FilterToken Advance() => _tokens[_pos < _tokens.Count - 1 ? _pos++ : _pos];

    private FilterNode ParseOr() => ParseGroup("or", isAnd: false, ParseAnd);

    private FilterNode ParseAnd() => ParseGroup("and", isAnd: true, ParseUnary);

    private FilterNode ParseGroup(string keyword, bool isAnd, Func<FilterNode> operand)
    {
        var first = operand();
        if (!Current.IsKeyword(keyword)) return first;
        var operands = new List<FilterNode> { first };
        while (Current.IsKeyword(keyword))
        {
            Advance();
            operands.Add(operand());
        }
        return new FilterGroup(isAnd, operands);
    }

    private FilterNode ParseUnary()
    {
        var start = Current;
        if (++_depth > MaxDepth) throw new SyntaxException(start.Start, $"the filter is nested more than {MaxDepth} levels deep");
        try
        {
            if (start.IsKeyword("not"))
            {
                Advance();
                return new FilterNot(start.Start, ParseUnary());
            }
            if (start.Kind == FilterTokenKind.OpenParen)
            {
                Advance();
                var inner = ParseOr();
                if (Current.Kind != FilterTokenKind.CloseParen)
                    throw new SyntaxException(Current.Start, $"expected ')' to close a '(' but found {Current.Describe()}");
                Advance();
                return inner;
            }
            return ParseTerm();
        }
        finally
        {
            _depth--;
        }
    }

    private FilterTerm ParseTerm()
    {
        var field = Current;
        if (field.Kind != FilterTokenKind.Word || field.IsKeyword("and") || field.IsKeyword("or"))
            throw new SyntaxException(field.Start, $"expected a term such as process.name:\"x.exe\", 'not' or '(' but found {field.Describe()}");
        Advance();
        if (Current.Kind != FilterTokenKind.Colon)
            throw new SyntaxException(Current.Start, $"expected ':' after the field name '{field.Text}' but found {Current.Describe()}");
        Advance();
        var value = Current;
        if (value.Kind != FilterTokenKind.String)
            throw new SyntaxException(value.Start, $"expected a quoted value after '{field.Text}:', as in {field.Text}:\"value\", but found {value.Describe()}");
        Advance();
        return new FilterTerm(field.Start, field.Text, value.Start, value.Text);
    }

    private sealed class SyntaxException(int offset, string message) : Exception(message)
    {
        public int Offset { get; } = offset;
    }
}
