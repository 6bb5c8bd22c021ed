using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    /// <summary><c>join [kind=K] [hint.x=y] (Right) on A, $left.B == $right.C</c>; the same shape for lookup.</summary>
    private JoinOperator ParseJoin(int start, string name)
    {
        var properties = ParseOperatorProperties("kind");
        properties.TryGetValue("kind", out string? kind);
        Expr right;
        if (Current.Is(TokenKind.OpenParen))
        {
            Advance();
            right = ParsePipeExpression();
            Expect(TokenKind.CloseParen, $"')' after the right side of '{name}'");
        }
        else right = ParsePostfix();
        var conditions = new List<Expr>();
        if (TryEatWord("on"))
        {
            do conditions.Add(ParseComparison());
            while (TryEat(TokenKind.Comma) || TryEatWord("and"));
        }
        else Error(Current.Span, $"expected 'on' and the join keys after the right side of '{name}' but found {Describe(Current)}");
        return new JoinOperator(SpanFrom(start), name, kind, right, conditions);
    }

    /// <summary><c>union [kind=inner|outer] [withsource=Col] [isfuzzy=true] T1, (T2 | ...), T*</c>.</summary>
    private UnionOperator ParseUnion(int start)
    {
        var properties = ParseOperatorProperties("kind", "withsource", "isfuzzy");
        properties.TryGetValue("kind", out string? kind);
        properties.TryGetValue("withsource", out string? withSource);
        bool fuzzy = properties.TryGetValue("isfuzzy", out string? isFuzzy) && isFuzzy == "true";
        var tables = new List<Expr>();
        do
        {
            if (AtEndOfOperator()) break;
            if (Current.Is(TokenKind.OpenParen))
            {
                Advance();
                tables.Add(ParsePipeExpression());
                Expect(TokenKind.CloseParen, "')' after a union leg");
            }
            else tables.Add(ParseUnionName());
        }
        while (TryEat(TokenKind.Comma));
        return new UnionOperator(SpanFrom(start), kind, withSource, fuzzy, tables);
    }

    /// <summary>A table name, a call, or a wildcard pattern such as <c>Device*</c>.</summary>
    private Expr ParseUnionName()
    {
        int start = Current.Span.Start;
        if (Current.Is(TokenKind.Identifier) && PeekToken().Is(TokenKind.Star) && !PeekToken().HasLeadingTrivia)
        {
            string prefix = Advance().Text;
            Advance();
            return new NameExpr(SpanFrom(start), prefix + "*");
        }
        return ParsePostfix();
    }

    /// <summary>
    /// <c>kind=inner</c>, <c>withsource=T</c>, <c>hint.strategy=broadcast</c>... before an operator's
    /// arguments. Only the operator's own property names (and hints) are taken, so that an argument such
    /// as <c>n = expr</c> is not mistaken for one.
    /// </summary>
    private Dictionary<string, string> ParseOperatorProperties(params string[] names)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (Current.Is(TokenKind.Identifier)
               && ((PeekToken().Is(TokenKind.Equal) && names.Contains(Current.Text, StringComparer.OrdinalIgnoreCase))
                   || (PeekToken().Is(TokenKind.Dot) && Current.Text.StartsWith("hint", StringComparison.Ordinal))))
        {
            var name = new System.Text.StringBuilder(Advance().Text);
            while (Current.Is(TokenKind.Dot) && PeekToken().Is(TokenKind.Identifier))
            {
                Advance();
                name.Append('.').Append(Advance().Text);
            }
            if (!TryEat(TokenKind.Equal)) break;
            var value = Advance();
            properties[name.ToString()] = value.Kind == TokenKind.String ? (string)value.Value! : value.Text;
        }
        return properties;
    }
}
