using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    /// <summary><c>parse [kind=K] [flags=F] expr with [*] "const" Col[:type] [*] ...</c>.</summary>
    private ParseOperator ParseParse(int start, string name)
    {
        var properties = ParseOperatorProperties("kind", "flags");
        var source = ParseAdditive();
        ExpectWord("with", $"'with' after the expression of '{name}'");
        var parts = new List<ParsePart>();
        while (!AtEndOfOperator())
        {
            int partStart = Current.Span.Start;
            if (TryEat(TokenKind.Comma)) continue;
            if (TryEat(TokenKind.Star))
            {
                parts.Add(new ParsePart(SpanFrom(partStart), true, null, null, null));
                continue;
            }
            if (Current.Is(TokenKind.String))
            {
                string text = "";
                while (Current.Is(TokenKind.String)) text += (string)Advance().Value!;
                parts.Add(new ParsePart(SpanFrom(partStart), false, text, null, null));
                continue;
            }
            if (AtName())
            {
                string column = ParseName("a column name");
                KqlType? type = null;
                if (TryEat(TokenKind.Colon))
                {
                    var typeToken = Current;
                    string typeName = Current.Is(TokenKind.Identifier) ? Advance().Text : "";
                    if (KqlTypes.TryParse(typeName, out var parsed)) type = parsed;
                    else Error(typeToken.Span, $"unknown type '{typeName}'");
                }
                parts.Add(new ParsePart(SpanFrom(partStart), false, null, column, type));
                continue;
            }
            Error(Current.Span, $"expected '*', a string or a column name in the pattern of '{name}' but found {Describe(Current)}");
            SkipTo(TokenKind.Pipe, stopAtPipe: true);
            break;
        }
        return new ParseOperator(SpanFrom(start), name, properties.GetValueOrDefault("kind"), properties.GetValueOrDefault("flags"), source, parts);
    }
}
