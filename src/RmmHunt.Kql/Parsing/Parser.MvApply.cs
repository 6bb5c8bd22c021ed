using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    private QueryOperator ParseMvApply(int start)
    {
        var properties = ParseOperatorProperties("with_itemindex", "kind");
        var items = new List<MvExpandItem>();
        do
        {
            if (IsWord("on") || IsWord("limit") || AtEndOfOperator()) break;
            int itemStart = Current.Span.Start;
            string? itemName = null;
            if (AtName() && PeekAfterName().Is(TokenKind.Equal))
            {
                itemName = ParseName("a column name");
                Advance();
            }
            var value = ParseOr();
            Symbols.KqlType? to = null;
            if (TryEatWord("to"))
            {
                if (ParsePrimary() is TypeofExpr type) to = type.Type;
                else Error(Current.Span, "expected typeof(type) after 'to'");
            }
            items.Add(new MvExpandItem(SpanFrom(itemStart), itemName, value, to));
        }
        while (TryEat(TokenKind.Comma));
        Expr? limit = TryEatWord("limit") ? ParseAdditive() : null;
        ExpectWord("on", "'on' and the subquery of mv-apply");
        Expect(TokenKind.OpenParen, "'(' before the subquery of mv-apply");
        // The subquery has an implicit source: it starts with an operator. It nests like parentheses do
        // (mv-apply inside mv-apply), so it counts towards the nesting limit: unbounded, it overflowed the stack.
        var operators = new List<QueryOperator>();
        if (EnterNesting(Current.Span))
        {
            TryEat(TokenKind.Pipe);
            while (!Current.Is(TokenKind.CloseParen) && !Current.Is(TokenKind.EndOfFile))
            {
                operators.Add(ParseQueryOperator());
                if (!TryEat(TokenKind.Pipe)) break;
            }
        }
        LeaveNesting();
        Expect(TokenKind.CloseParen, "')' after the subquery of mv-apply");
        return new MvApplyOperator(SpanFrom(start), properties.GetValueOrDefault("with_itemindex"), items, limit, operators);
    }
}
