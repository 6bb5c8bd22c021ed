using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    /// <summary>True while a search or find predicate is parsed, where <c>Column:"term"</c> is a term match.</summary>
    private bool _termPredicate;

    /// <summary><c>search [kind=K] [in (T, ...)] predicate</c>; the keyword is already read.</summary>
    private SearchOperator ParseSearch(int start, bool piped)
    {
        var properties = ParseOperatorProperties("kind");
        properties.TryGetValue("kind", out string? kind);
        var tables = !piped && IsWord("in") && PeekToken().Is(TokenKind.OpenParen) ? ParseSearchScope() : null;
        // "search in (T) and "err"": the docs' own example joins the scope and the predicate with 'and'.
        if (tables is not null) TryEatWord("and");
        return new SearchOperator(SpanFrom(start), kind, tables, ParseTermPredicate());
    }

    /// <summary><c>find [withsource=C] [in (T, ...)] where predicate [project-smart | project ...]</c>, or <c>find predicate ...</c>.</summary>
    private FindOperator ParseFind(int start)
    {
        var properties = ParseOperatorProperties("withsource");
        properties.TryGetValue("withsource", out string? withSource);
        var tables = IsWord("in") && PeekToken().Is(TokenKind.OpenParen) ? ParseSearchScope() : null;
        if (!TryEatWord("where") && tables is not null) ExpectWord("where", "'where' after the tables of 'find'");
        var predicate = ParseTermPredicate();
        List<FindColumn>? project = null;
        bool packAll = false;
        if (IsWord("project-smart") || (IsWord("project") && PeekToken().Is(TokenKind.Minus) && PeekToken(2).IsWord("smart")))
        {
            ReadOperatorName();
        }
        else if (TryEatWord("project"))
        {
            project = [];
            do
            {
                int itemStart = Current.Span.Start;
                // pack(*) and pack_all(): the columns not listed, as a bag in the column pack_.
                if ((IsWord("pack") || IsWord("pack_all")) && PeekToken().Is(TokenKind.OpenParen))
                {
                    Advance();
                    Advance();
                    TryEat(TokenKind.Star);
                    Expect(TokenKind.CloseParen, "')'");
                    packAll = true;
                    continue;
                }
                string name = ParseName("a column name");
                KqlType? type = null;
                if (TryEat(TokenKind.Colon)) type = ParseTypeName();
                project.Add(new FindColumn(SpanFrom(itemStart), name, type));
            }
            while (TryEat(TokenKind.Comma));
        }
        return new FindOperator(SpanFrom(start), withSource, tables, predicate, project, packAll);
    }

    /// <summary><c>in (T1, T2*, (query))</c>.</summary>
    private List<Expr> ParseSearchScope()
    {
        Advance();
        Expect(TokenKind.OpenParen, "'(' after 'in'");
        var tables = new List<Expr>();
        do
        {
            if (Current.Is(TokenKind.OpenParen))
            {
                Advance();
                tables.Add(ParsePipeExpression());
                Expect(TokenKind.CloseParen, "')' after a table expression");
            }
            else tables.Add(ParseUnionName());
        }
        while (TryEat(TokenKind.Comma));
        Expect(TokenKind.CloseParen, "')' after the tables");
        return tables;
    }

    private KqlType ParseTypeName()
    {
        var typeToken = Current;
        string typeName = Current.Is(TokenKind.Identifier) ? Advance().Text : "";
        if (!KqlTypes.TryParse(typeName, out var type)) Error(typeToken.Span, $"unknown type '{typeName}'");
        return type;
    }

    private Expr ParseTermPredicate()
    {
        bool outer = _termPredicate;
        _termPredicate = true;
        try
        {
            // "search *" matches every row.
            if (Current.Is(TokenKind.Star) && (PeekToken().Is(TokenKind.Pipe) || PeekToken().Is(TokenKind.EndOfFile) || PeekToken().Is(TokenKind.Semicolon)))
                return new LiteralExpr(Advance().Span, KqlType.Bool, true);
            return SearchTerms.Rewrite(ParseOr());
        }
        finally { _termPredicate = outer; }
    }
}
