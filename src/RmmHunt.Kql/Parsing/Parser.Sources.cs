using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    /// <summary>Tabular sources that start with a keyword rather than a table name.</summary>
    private static readonly HashSet<string> UnsupportedSources = new(StringComparer.Ordinal)
    {
        "evaluate",
    };

    private Expr? TryParseTabularSource()
    {
        if (!Current.Is(TokenKind.Identifier)) return null;
        var token = Current;
        switch (token.Text)
        {
            case "print" when !PeekToken().Is(TokenKind.OpenParen) || PeekToken().HasLeadingTrivia:
                return ParsePrint();
            case "datatable" when PeekToken().Is(TokenKind.OpenParen):
                return ParseDatatable();
            case "range" when PeekToken().Is(TokenKind.Identifier) || (PeekToken().Is(TokenKind.OpenBracket)):
            {
                int start = Advance().Span.Start;
                string column = ParseName("the column name of range");
                ExpectWord("from", "'from' after the column name of range");
                var from = ParseAdditive();
                ExpectWord("to", "'to' in range");
                var to = ParseAdditive();
                ExpectWord("step", "'step' in range");
                var step = ParseAdditive();
                return new RangeExpr(SpanFrom(start), column, from, to, step);
            }
            case "externaldata" or "external_data" when PeekToken().Is(TokenKind.OpenParen):
                return ParseExternalData();
            case "search" when !IsFollowedByComparisonOrPipe():
            {
                int start = Advance().Span.Start;
                var search = ParseSearch(start, piped: false);
                return new SearchSourceExpr(search.Span, search);
            }
            case "find" when !IsFollowedByComparisonOrPipe():
            {
                int start = Advance().Span.Start;
                var find = ParseFind(start);
                return new SearchSourceExpr(find.Span, find);
            }
            case "union" when !IsFollowedByComparisonOrPipe():
            {
                int start = Advance().Span.Start;
                var union = ParseUnion(start);
                return new UnionExpr(union.Span, union);
            }
        }
        // range(start, stop, step) is the scalar function; the operator is "range x from ...".
        bool rangeFunction = token.Text == "range" && PeekToken().Is(TokenKind.OpenParen);
        if (UnsupportedSources.Contains(token.Text) && !IsFollowedByComparisonOrPipe() && !rangeFunction)
        {
            Advance();
            SkipTo(TokenKind.Pipe, stopAtPipe: true);
            return new UnsupportedExpr(SpanFrom(token.Span.Start), token.Text);
        }
        return null;
    }

    /// <summary>True when the word is used as a column name (<c>search == 1</c>) rather than as a source keyword.</summary>
    private bool IsFollowedByComparisonOrPipe() =>
        PeekToken().Kind is TokenKind.Pipe or TokenKind.EqualEqual or TokenKind.BangEqual or TokenKind.Semicolon
            or TokenKind.CloseParen or TokenKind.EndOfFile or TokenKind.Comma;

    private Expr ParsePrint()
    {
        int start = Advance().Span.Start;
        var items = ParseColumnAssignments();
        return new PrintExpr(SpanFrom(start), items);
    }

    private Expr ParseDatatable()
    {
        int start = Advance().Span.Start;
        var columns = ParseColumnDeclarations();
        var values = new List<Expr>();
        Expect(TokenKind.OpenBracket, "'[' before the datatable values");
        while (!Current.Is(TokenKind.CloseBracket) && !Current.Is(TokenKind.EndOfFile))
        {
            values.Add(ParseOr());
            if (!TryEat(TokenKind.Comma)) break;
        }
        Expect(TokenKind.CloseBracket, "']' after the datatable values");
        return new DatatableExpr(SpanFrom(start), columns, values);
    }

    private Expr ParseExternalData()
    {
        int start = Advance().Span.Start;
        var columns = ParseColumnDeclarations();
        var urls = new List<string>();
        Expect(TokenKind.OpenBracket, "'[' before the externaldata URLs");
        while (Current.Is(TokenKind.String))
        {
            string url = "";
            while (Current.Is(TokenKind.String)) url += (string)Advance().Value!;
            urls.Add(url);
            if (!TryEat(TokenKind.Comma)) break;
        }
        Expect(TokenKind.CloseBracket, "']' after the externaldata URLs");
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (TryEatWord("with"))
        {
            Expect(TokenKind.OpenParen, "'(' after 'with'");
            while (Current.Is(TokenKind.Identifier))
            {
                string name = Advance().Text;
                Expect(TokenKind.Equal, "'=' after the property name");
                var value = Advance();
                properties[name] = value.Kind == TokenKind.String ? (string)value.Value! : value.Text;
                if (!TryEat(TokenKind.Comma)) break;
            }
            Expect(TokenKind.CloseParen, "')' after the externaldata properties");
        }
        return new ExternalDataExpr(SpanFrom(start), columns, urls, properties);
    }

    /// <summary><c>(Name:type, ...)</c>.</summary>
    private IReadOnlyList<ColumnDeclaration> ParseColumnDeclarations()
    {
        var columns = new List<ColumnDeclaration>();
        Expect(TokenKind.OpenParen, "'(' before the column declarations");
        while (!Current.Is(TokenKind.CloseParen) && !Current.Is(TokenKind.EndOfFile))
        {
            int start = Current.Span.Start;
            string name = ParseName("a column name");
            Expect(TokenKind.Colon, "':' between the column name and its type");
            var typeToken = Current;
            string typeName = Current.Is(TokenKind.Identifier) ? Advance().Text : "";
            if (!KqlTypes.TryParse(typeName, out var type)) Error(typeToken.Span, $"unknown type '{typeName}'");
            columns.Add(new ColumnDeclaration(SpanFrom(start), name, type));
            if (!TryEat(TokenKind.Comma)) break;
        }
        Expect(TokenKind.CloseParen, "')' after the column declarations");
        return columns;
    }

    private bool LooksLikeFunction()
    {
        if (IsWord("view") && PeekToken().Is(TokenKind.OpenParen)) return true;
        if (!Current.Is(TokenKind.OpenParen)) return false;
        var next = PeekToken();
        if (next.Is(TokenKind.CloseParen)) return PeekToken(2).Is(TokenKind.OpenBrace);
        return next.Is(TokenKind.Identifier) && PeekToken(2).Is(TokenKind.Colon);
    }

    /// <summary><c>[view] (params) { lets; result }</c>.</summary>
    private Expr ParseFunction()
    {
        int start = Current.Span.Start;
        TryEatWord("view");
        var parameters = new List<ParameterDeclaration>();
        Expect(TokenKind.OpenParen, "'(' before the parameters");
        while (!Current.Is(TokenKind.CloseParen) && !Current.Is(TokenKind.EndOfFile))
        {
            int paramStart = Current.Span.Start;
            string name = ParseName("a parameter name");
            Expect(TokenKind.Colon, "':' after the parameter name");
            if (Current.Is(TokenKind.OpenParen))
            {
                var tabular = ParseTabularParameterSchema();
                parameters.Add(new ParameterDeclaration(SpanFrom(paramStart), name, KqlType.Unknown, tabular, null));
            }
            else
            {
                var typeToken = Current;
                string typeName = Current.Is(TokenKind.Identifier) ? Advance().Text : "";
                if (!KqlTypes.TryParse(typeName, out var type)) Error(typeToken.Span, $"unknown type '{typeName}'");
                Expr? defaultValue = TryEat(TokenKind.Equal) ? ParseOr() : null;
                parameters.Add(new ParameterDeclaration(SpanFrom(paramStart), name, type, null, defaultValue));
            }
            if (!TryEat(TokenKind.Comma)) break;
        }
        Expect(TokenKind.CloseParen, "')' after the parameters");
        var body = ParseFunctionBody();
        return new FunctionExpr(SpanFrom(start), parameters, body);
    }

    /// <summary><c>(*)</c> or <c>(Col:type, ...)</c> for a tabular parameter.</summary>
    private IReadOnlyList<ColumnDeclaration> ParseTabularParameterSchema()
    {
        if (PeekToken().Is(TokenKind.Star) && PeekToken(2).Is(TokenKind.CloseParen))
        {
            Advance(); Advance(); Advance();
            return Array.Empty<ColumnDeclaration>();
        }
        return ParseColumnDeclarations();
    }

    private FunctionBody ParseFunctionBody()
    {
        int start = Current.Span.Start;
        Expect(TokenKind.OpenBrace, "'{' before the function body");
        var lets = new List<LetStatement>();
        Expr? result = null;
        // A body holds lets that may declare functions with bodies: it counts towards the nesting limit
        // like parentheses (unbounded, functions declared inside functions overflowed the stack).
        bool within = EnterNesting(Current.Span);
        while (within && !Current.Is(TokenKind.CloseBrace) && !Current.Is(TokenKind.EndOfFile))
        {
            int before = _pos;
            if (TryEat(TokenKind.Semicolon)) continue;
            if (IsWord("let")) lets.Add(ParseLet());
            else result = ParsePipeExpression();
            if (!TryEat(TokenKind.Semicolon) && !Current.Is(TokenKind.CloseBrace))
            {
                Error(Current.Span, $"expected ';' or '}}' but found {Describe(Current)}");
                SkipTo(TokenKind.CloseBrace);
            }
            // Recovery stops at a stray ')' or ']' (it may close something outside); inside a body nothing
            // can, so it is passed over. Without this, 'let f = () { )' looped forever.
            if (_pos == before) Advance();
        }
        LeaveNesting();
        Expect(TokenKind.CloseBrace, "'}' after the function body");
        var span = SpanFrom(start);
        if (result is null) Error(span, "the function body has no result expression");
        return new FunctionBody(span, lets, result ?? new MissingExpr(span));
    }
}
