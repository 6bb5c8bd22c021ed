using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;
using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    private static readonly HashSet<string> WordOperators = new(StringComparer.Ordinal)
    {
        "has", "has_cs", "hasprefix", "hasprefix_cs", "hassuffix", "hassuffix_cs",
        "contains", "contains_cs", "startswith", "startswith_cs", "endswith", "endswith_cs",
    };

    private static readonly HashSet<string> ListOperators = new(StringComparer.Ordinal)
    {
        "in", "!in", "in~", "!in~", "has_any", "has_all", "!has_any", "!has_all",
    };

    /// <summary>A tabular or scalar expression, with any pipes that follow it.</summary>
    private Expr ParsePipeExpression()
    {
        int start = Current.Span.Start;
        if (!EnterNesting(Current.Span)) { LeaveNesting(); return new MissingExpr(Current.Span); }
        int links = 0;
        try
        {
            Expr expr = TryParseTabularSource() ?? ParseOr();
            while (Current.Is(TokenKind.Pipe) && ExtendChain(ref links, Current.Span))
            {
                Advance();
                var op = ParseQueryOperator();
                expr = new PipeExpr(SpanFrom(start), expr, op);
                // Recover at the next pipe when an operator is followed by stray text (`where a = = 1 | ...`),
                // so that errors in the operators after it are reported too.
                // A 'let' here starts the next statement without the ';' before it: the statement level reports that,
                // as it decides whether a query after a blank line starts the next query block.
                if (!AtEndOfPipeOperand() && !IsWord("let") && !AtQueryBlockStart())
                {
                    Error(Current.Span, $"unexpected {Describe(Current)} after the '{op.Name}' operator");
                    SkipTo(TokenKind.Pipe, stopAtPipe: true);
                }
            }
            return expr;
        }
        finally
        {
            LeaveNesting();
            _chain -= links;
        }
    }

    /// <summary>Tokens that may follow a query operator: another pipe, or the end of the enclosing construct.</summary>
    private bool AtEndOfPipeOperand() => Current.Kind is TokenKind.Pipe or TokenKind.Semicolon or TokenKind.EndOfFile
        or TokenKind.CloseParen or TokenKind.CloseBrace or TokenKind.CloseBracket or TokenKind.Comma;

    private Expr ParseOr()
    {
        int start = Current.Span.Start;
        int links = 0;
        try
        {
            var left = ParseAnd();
            while (IsWord("or") && ExtendChain(ref links, Current.Span))
            {
                var op = Advance();
                var right = ParseAnd();
                left = new BinaryExpr(SpanFrom(start), left, "or", op.Span, right);
            }
            return left;
        }
        finally { _chain -= links; }
    }

    private Expr ParseAnd()
    {
        int start = Current.Span.Start;
        int links = 0;
        try
        {
            var left = ParseComparison();
            while (IsWord("and") && ExtendChain(ref links, Current.Span))
            {
                var op = Advance();
                var right = ParseComparison();
                left = new BinaryExpr(SpanFrom(start), left, "and", op.Span, right);
            }
            return left;
        }
        finally { _chain -= links; }
    }

    private Expr ParseComparison()
    {
        int start = Current.Span.Start;
        var left = ParseAdditive();
        int links = 0;
        try
        {
            while (true)
            {
                var token = Current;
                string? symbol = token.Kind switch
                {
                    TokenKind.EqualEqual => "==",
                    TokenKind.BangEqual or TokenKind.LessGreater => "!=",
                    TokenKind.Less => "<",
                    TokenKind.LessEqual => "<=",
                    TokenKind.Greater => ">",
                    TokenKind.GreaterEqual => ">=",
                    TokenKind.EqualTilde => "=~",
                    TokenKind.BangTilde => "!~",
                    _ => null,
                };
                // Column:"term" in a search or find predicate: the column has the term.
                if (_termPredicate && token.Is(TokenKind.Colon))
                {
                    Advance();
                    left = new BinaryExpr(SpanFrom(start), left, ":", token.Span, ParseAdditive());
                    if (!ExtendChain(ref links, token.Span)) return left;
                    continue;
                }
                if (symbol is not null)
                {
                    Advance();
                    left = new BinaryExpr(SpanFrom(start), left, symbol, token.Span, ParseAdditive());
                    if (!ExtendChain(ref links, token.Span)) return left;
                    continue;
                }
                string word = token.Text;
                if ((token.Is(TokenKind.Identifier) || token.Is(TokenKind.NegatedWord)) && ListOperators.Contains(word))
                {
                    Advance();
                    var items = ParseParenthesizedList($"'(' after '{word}'");
                    left = new ListOperatorExpr(SpanFrom(start), left, word, token.Span, items);
                    if (!ExtendChain(ref links, token.Span)) return left;
                    continue;
                }
                if ((token.Is(TokenKind.Identifier) && WordOperators.Contains(word))
                    || (token.Is(TokenKind.NegatedWord) && WordOperators.Contains(word[1..])))
                {
                    Advance();
                    left = new BinaryExpr(SpanFrom(start), left, word, token.Span, ParseAdditive());
                    if (!ExtendChain(ref links, token.Span)) return left;
                    continue;
                }
                if (token.IsWord("matches") && PeekToken().IsWord("regex"))
                {
                    Advance();
                    var regexToken = Advance();
                    left = new BinaryExpr(SpanFrom(start), left, "matches regex", TextSpan.FromBounds(token.Span.Start, regexToken.Span.End), ParseAdditive());
                    if (!ExtendChain(ref links, token.Span)) return left;
                    continue;
                }
                if (token.IsWord("between") || (token.Is(TokenKind.NegatedWord) && word == "!between"))
                {
                    Advance();
                    Expect(TokenKind.OpenParen, "'(' after 'between'");
                    var low = ParseAdditive();
                    Expect(TokenKind.DotDot, "'..' between the bounds");
                    var high = ParseAdditive();
                    Expect(TokenKind.CloseParen, "')' after the bounds of 'between'");
                    left = new BetweenExpr(SpanFrom(start), left, word == "!between", low, high);
                    if (!ExtendChain(ref links, token.Span)) return left;
                    continue;
                }
                return left;
            }
        }
        finally { _chain -= links; }
    }

    private Expr ParseAdditive()
    {
        int start = Current.Span.Start;
        int links = 0;
        try
        {
            var left = ParseMultiplicative();
            while (Current.Kind is TokenKind.Plus or TokenKind.Minus && ExtendChain(ref links, Current.Span))
            {
                var op = Advance();
                left = new BinaryExpr(SpanFrom(start), left, op.Text, op.Span, ParseMultiplicative());
            }
            return left;
        }
        finally { _chain -= links; }
    }

    private Expr ParseMultiplicative()
    {
        int start = Current.Span.Start;
        int links = 0;
        try
        {
            var left = ParseUnary();
            while (Current.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.Percent && ExtendChain(ref links, Current.Span))
            {
                var op = Advance();
                left = new BinaryExpr(SpanFrom(start), left, op.Text, op.Span, ParseUnary());
            }
            return left;
        }
        finally { _chain -= links; }
    }

    private Expr ParseUnary()
    {
        int start = Current.Span.Start;
        if (!EnterNesting(Current.Span)) { LeaveNesting(); return new MissingExpr(Current.Span); }
        try
        {
            if (Current.Kind is TokenKind.Minus or TokenKind.Plus)
            {
                var op = Advance();
                var operand = ParseUnary();
                // Fold signs into numeric literals so that -9223372036854775808 and -1d stay literals.
                if (op.Kind == TokenKind.Minus && operand is LiteralExpr { Value: not null } literal)
                {
                    object? negated = literal.Value switch
                    {
                        long l => -l,
                        double d => -d,
                        TimeSpan t => -t,
                        decimal m => -m,
                        int i => -i,
                        _ => null,
                    };
                    if (negated is not null) return literal with { Span = SpanFrom(start), Value = negated };
                }
                return op.Kind == TokenKind.Plus ? operand : new UnaryExpr(SpanFrom(start), "-", operand);
            }
            return ParsePostfix();
        }
        finally { LeaveNesting(); }
    }

    private Expr ParsePostfix()
    {
        int start = Current.Span.Start;
        var expr = ParsePrimary();
        int links = 0;
        try
        {
            while (true)
            {
                if (Current.Is(TokenKind.Dot) && !Current.HasLeadingTrivia && (PeekToken().Is(TokenKind.Identifier) || PeekToken().Is(TokenKind.OpenBracket)))
                {
                    Advance();
                    if (Current.Is(TokenKind.OpenBracket))
                    {
                        // d.['key with spaces']
                        var keyToken = Current;
                        string key = ParseName("a property name");
                        expr = new MemberExpr(SpanFrom(start), expr, key, keyToken.Span);
                        if (!ExtendChain(ref links, keyToken.Span)) return expr;
                        continue;
                    }
                    var member = Advance();
                    expr = new MemberExpr(SpanFrom(start), expr, member.Text, member.Span);
                    if (!ExtendChain(ref links, member.Span)) return expr;
                    continue;
                }
                if (Current.Is(TokenKind.OpenBracket) && !Current.HasLeadingTrivia)
                {
                    Advance();
                    var index = ParseOr();
                    Expect(TokenKind.CloseBracket, "']'");
                    expr = new IndexExpr(SpanFrom(start), expr, index);
                    if (!ExtendChain(ref links, index.Span)) return expr;
                    continue;
                }
                return expr;
            }
        }
        finally { _chain -= links; }
    }

    private Expr ParsePrimary()
    {
        var token = Current;
        int start = token.Span.Start;
        switch (token.Kind)
        {
            case TokenKind.String:
            {
                Advance();
                string value = (string)token.Value!;
                // Adjacent string literals are one string: "a" "b" == "ab".
                while (Current.Is(TokenKind.String)) value += (string)Advance().Value!;
                return new LiteralExpr(SpanFrom(start), KqlType.String, value);
            }
            case TokenKind.Long:
                Advance();
                return new LiteralExpr(token.Span, KqlType.Long, token.Value);
            case TokenKind.Real:
                Advance();
                return new LiteralExpr(token.Span, KqlType.Real, token.Value);
            case TokenKind.TimeSpan:
                Advance();
                return new LiteralExpr(token.Span, KqlType.TimeSpan, token.Value);
            case TokenKind.TypedLiteral:
                Advance();
                return ParseTypedLiteral(token);
            case TokenKind.Star:
                Advance();
                return new StarExpr(token.Span);
            case TokenKind.OpenParen:
            {
                Advance();
                var inner = ParsePipeExpression();
                Expect(TokenKind.CloseParen, "')'");
                return inner;
            }
            case TokenKind.OpenBracket when AtName():
            {
                string name = ParseName("a name");
                return new NameExpr(SpanFrom(start), name, Bracketed: true);
            }
            case TokenKind.Identifier:
                return ParseIdentifierExpression();
            case TokenKind.Bad:
                Advance();
                return new MissingExpr(token.Span);
        }
        Error(token.Span, $"expected an expression but found {Describe(token)}");
        return new MissingExpr(new TextSpan(token.Span.Start, 0));
    }

    private Expr ParseIdentifierExpression()
    {
        var token = Advance();
        string name = token.Text;
        switch (name)
        {
            case "true" or "false":
                return new LiteralExpr(token.Span, KqlType.Bool, name == "true");
            case "dynamic" when Current.Is(TokenKind.OpenParen):
                return ParseDynamicLiteral(token);
            case "typeof" when Current.Is(TokenKind.OpenParen):
            {
                Advance();
                var typeToken = Current;
                string typeName = Current.Is(TokenKind.Identifier) ? Advance().Text : "";
                Expect(TokenKind.CloseParen, "')' after the type name");
                if (!KqlTypes.TryParse(typeName, out var type)) Error(typeToken.Span, $"unknown type '{typeName}'");
                return new TypeofExpr(SpanFrom(token.Span.Start), type);
            }
        }
        if (Current.Is(TokenKind.OpenParen) && KqlTypes.TryParse(name, out var literalType) && literalType != KqlType.Dynamic && IsTypedLiteralCall())
        {
            return ParseTypeConstructorLiteral(token, literalType);
        }
        if (Current.Is(TokenKind.OpenParen))
        {
            Advance();
            var args = new List<Expr>();
            if (!Current.Is(TokenKind.CloseParen))
            {
                do
                {
                    if (Current.Is(TokenKind.CloseParen)) break;
                    args.Add(ParseArgument());
                }
                while (TryEat(TokenKind.Comma));
            }
            Expect(TokenKind.CloseParen, $"')' to close the call of '{name}'");
            return new CallExpr(SpanFrom(token.Span.Start), name, token.Span, args);
        }
        return new NameExpr(token.Span, name);
    }

    /// <summary>A function argument: an expression, <c>*</c>, or a tabular expression (<c>toscalar(T | ...)</c>).</summary>
    private Expr ParseArgument()
    {
        // Named arguments (name = value) only occur in a few plugins; keep the value, the name has no effect here.
        if (Current.Is(TokenKind.Identifier) && PeekToken().Is(TokenKind.Equal)) { Advance(); Advance(); }
        return ParsePipeExpression();
    }

    /// <summary><c>(a, b, ...)</c> after <c>in</c>, <c>has_any</c>: items may be scalars, arrays or one tabular expression.</summary>
    private IReadOnlyList<Expr> ParseParenthesizedList(string what)
    {
        var items = new List<Expr>();
        if (Expect(TokenKind.OpenParen, what).Span.Length == 0) return items;
        if (!Current.Is(TokenKind.CloseParen))
        {
            do
            {
                if (Current.Is(TokenKind.CloseParen)) break;
                items.Add(ParsePipeExpression());
            }
            while (TryEat(TokenKind.Comma));
        }
        Expect(TokenKind.CloseParen, "')' to close the list");
        return items;
    }
}
