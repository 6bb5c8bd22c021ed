using System.Globalization;
using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;
using RmmHunt.Kql.Values;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    private static readonly HashSet<string> LiteralWords = new(StringComparer.Ordinal) { "null", "true", "false", "nan", "inf" };

    /// <summary><c>datetime(...)</c>, <c>timespan(...)</c>, <c>guid(...)</c>: the lexer kept their insides raw.</summary>
    private Expr ParseTypedLiteral(Token token)
    {
        var raw = (TypedLiteralText)token.Value!;
        string inner = raw.Inner;
        bool isNull = inner == "null";
        switch (raw.TypeWord)
        {
            case "datetime" or "date":
                if (isNull) return new LiteralExpr(token.Span, KqlType.DateTime, null);
                if (KqlDateTime.TryParse(inner, out var dt)) return new LiteralExpr(token.Span, KqlType.DateTime, dt);
                Error(token.Span, $"invalid datetime literal '{inner}'", DiagnosticCodes.InvalidLiteral);
                return new LiteralExpr(token.Span, KqlType.DateTime, null);
            case "timespan" or "time":
                if (isNull) return new LiteralExpr(token.Span, KqlType.TimeSpan, null);
                if (KqlTimeSpan.TryParse(inner, out var ts)) return new LiteralExpr(token.Span, KqlType.TimeSpan, ts);
                Error(token.Span, $"invalid timespan literal '{inner}'", DiagnosticCodes.InvalidLiteral);
                return new LiteralExpr(token.Span, KqlType.TimeSpan, null);
            default:
                if (isNull) return new LiteralExpr(token.Span, KqlType.Guid, null);
                if (Guid.TryParse(inner, out var guid)) return new LiteralExpr(token.Span, KqlType.Guid, guid);
                Error(token.Span, $"invalid guid literal '{inner}'", DiagnosticCodes.InvalidLiteral);
                return new LiteralExpr(token.Span, KqlType.Guid, null);
        }
    }

    /// <summary>True when <c>(</c> opens a one-literal argument: <c>long(5)</c>, <c>int(null)</c>, <c>real(-inf)</c>.</summary>
    private bool IsTypedLiteralCall()
    {
        int ahead = 1;
        if (PeekToken(ahead).Kind is TokenKind.Minus or TokenKind.Plus) ahead++;
        var value = PeekToken(ahead);
        bool literal = value.Kind is TokenKind.Long or TokenKind.Real || (value.Is(TokenKind.Identifier) && LiteralWords.Contains(value.Text));
        return literal && PeekToken(ahead + 1).Is(TokenKind.CloseParen);
    }

    private Expr ParseTypeConstructorLiteral(Token typeToken, KqlType type)
    {
        Advance(); // (
        bool negative = false;
        if (Current.Kind is TokenKind.Minus or TokenKind.Plus) negative = Advance().Kind == TokenKind.Minus;
        var value = Advance();
        Advance(); // )
        var span = SpanFrom(typeToken.Span.Start);
        if (value.Text == "null") return new LiteralExpr(span, type, null);
        object? converted = type switch
        {
            KqlType.Bool when value.Text is "true" or "false" => value.Text == "true",
            KqlType.Int when value.Value is long l && l is >= int.MinValue and <= int.MaxValue => (int)(negative ? -l : l),
            KqlType.Long when value.Value is long l => negative ? -l : l,
            KqlType.Real when value.Value is long l => (double)(negative ? -l : l),
            KqlType.Real when value.Value is double d => negative ? -d : d,
            KqlType.Real when value.Text == "nan" => double.NaN,
            KqlType.Real when value.Text == "inf" => negative ? double.NegativeInfinity : double.PositiveInfinity,
            KqlType.Decimal when decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) => negative ? -m : m,
            _ => null,
        };
        if (converted is null) Error(span, $"'{value.Text}' is not a valid {type.Name()} literal", DiagnosticCodes.InvalidLiteral);
        return new LiteralExpr(span, type, converted);
    }

    /// <summary><c>dynamic([...])</c>, <c>dynamic({...})</c>, <c>dynamic(null)</c>, <c>dynamic(5)</c>.</summary>
    private Expr ParseDynamicLiteral(Token dynamicToken)
    {
        Advance(); // (
        object? value = ParseDynamicValue();
        Expect(TokenKind.CloseParen, "')' to close dynamic(...)");
        return new DynamicLiteralExpr(SpanFrom(dynamicToken.Span.Start), value);
    }

    private object? ParseDynamicValue()
    {
        if (!EnterNesting(Current.Span)) { LeaveNesting(); return null; }
        try
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.OpenBracket:
                {
                    Advance();
                    var items = new List<object?>();
                    while (!Current.Is(TokenKind.CloseBracket) && !Current.Is(TokenKind.EndOfFile))
                    {
                        items.Add(ParseDynamicValue());
                        if (!TryEat(TokenKind.Comma)) break;
                    }
                    Expect(TokenKind.CloseBracket, "']' to close the array");
                    return new DynArray(items.ToArray());
                }
                case TokenKind.OpenBrace:
                {
                    Advance();
                    var entries = new List<KeyValuePair<string, object?>>();
                    while (!Current.Is(TokenKind.CloseBrace) && !Current.Is(TokenKind.EndOfFile))
                    {
                        var keyToken = Advance();
                        string key = keyToken.Kind == TokenKind.String ? (string)keyToken.Value! : keyToken.Text;
                        Expect(TokenKind.Colon, "':' after a property name");
                        entries.Add(new(key, ParseDynamicValue()));
                        if (!TryEat(TokenKind.Comma)) break;
                    }
                    Expect(TokenKind.CloseBrace, "'}' to close the property bag");
                    return new DynBag(entries);
                }
                case TokenKind.Minus or TokenKind.Plus:
                {
                    Advance();
                    object? operand = ParseDynamicValue();
                    if (token.Kind == TokenKind.Plus) return operand;
                    return operand switch
                    {
                        long l => -l,
                        double d => -d,
                        TimeSpan t => -t,
                        _ => operand,
                    };
                }
                case TokenKind.String:
                case TokenKind.Long:
                case TokenKind.Real:
                case TokenKind.TimeSpan:
                    Advance();
                    return token.Value;
                case TokenKind.TypedLiteral:
                    Advance();
                    return ((LiteralExpr)ParseTypedLiteral(token)).Value;
                case TokenKind.Identifier:
                    if (token.Text is "null" or "true" or "false")
                    {
                        Advance();
                        return token.Text == "null" ? null : token.Text == "true";
                    }
                    if (token.Text == "dynamic" && PeekToken().Is(TokenKind.OpenParen))
                    {
                        // A nested dynamic(...) literal stands for its value: dynamic({'a': dynamic({})}) [doc dynamic-to-json-function].
                        Advance();
                        Advance();
                        object? nested = ParseDynamicValue();
                        Expect(TokenKind.CloseParen, "')' to close dynamic(...)");
                        return nested;
                    }
                    if (PeekToken().Is(TokenKind.OpenParen) && KqlTypes.TryParse(token.Text, out var type))
                    {
                        Advance();
                        if (IsTypedLiteralCall()) return ((LiteralExpr)ParseTypeConstructorLiteral(token, type)).Value;
                        Error(token.Span, $"expected a literal inside {token.Text}(...)");
                        SkipTo(TokenKind.CloseParen);
                        TryEat(TokenKind.CloseParen);
                        return null;
                    }
                    break;
            }
            Error(token.Span, $"expected a dynamic value (array, property bag, literal) but found {Describe(token)}");
            Advance();
            return null;
        }
        finally { LeaveNesting(); }
    }
}
