using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    private MvExpandOperator ParseMvExpand(int start, string name)
    {
        var properties = ParseOperatorProperties("kind", "bagexpansion", "with_itemindex");
        string? kind = properties.GetValueOrDefault("kind") ?? properties.GetValueOrDefault("bagexpansion");
        string? itemIndex = properties.GetValueOrDefault("with_itemindex");
        var items = new List<MvExpandItem>();
        do
        {
            if (AtEndOfOperator() || IsWord("limit")) break;
            int itemStart = Current.Span.Start;
            string? itemName = null;
            if (AtName() && PeekAfterName().Is(TokenKind.Equal))
            {
                itemName = ParseName("a column name");
                Advance(); // =
            }
            var value = ParseOr();
            KqlType? to = null;
            if (TryEatWord("to"))
            {
                if (ParsePrimary() is TypeofExpr type) to = type.Type;
                else Error(Current.Span, "expected typeof(type) after 'to'");
            }
            items.Add(new MvExpandItem(SpanFrom(itemStart), itemName, value, to));
        }
        while (TryEat(TokenKind.Comma));
        Expr? limit = TryEatWord("limit") ? ParseAdditive() : null;
        return new MvExpandOperator(SpanFrom(start), name, kind, itemIndex, items, limit);
    }

    /// <summary>The token after a (possibly bracketed) name at the current position.</summary>
    private Token PeekAfterName() => Current.Is(TokenKind.OpenBracket) ? PeekToken(3) : PeekToken(1);
}
