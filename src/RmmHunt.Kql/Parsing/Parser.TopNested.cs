using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    /// <summary><c>top-nested [N] of Expr [with others=C] by [Name=] Agg [asc|desc] [, top-nested ...]</c>; the first keyword is read.</summary>
    private TopNestedOperator ParseTopNested(int start)
    {
        var levels = new List<TopNestedLevel>();
        while (true)
        {
            int levelStart = Current.Span.Start;
            Expr? count = IsWord("of") ? null : ParseAdditive();
            ExpectWord("of", "'of' in top-nested");
            var of = ParseAdditive();
            Expr? others = null;
            if (IsWord("with") && PeekToken().IsWord("others"))
            {
                Advance();
                Advance();
                Expect(TokenKind.Equal, "'=' after 'with others'");
                others = ParseAdditive();
            }
            ExpectWord("by", "'by' in top-nested");
            var aggregate = ParseColumnAssignment();
            bool? descending = TryEatWord("asc") ? false : TryEatWord("desc") ? true : null;
            levels.Add(new TopNestedLevel(SpanFrom(levelStart), count, of, others, aggregate, descending));
            if (!Current.Is(TokenKind.Comma)) break;
            Advance();
            if (!IsWord("top") || ReadOperatorName() != "top-nested")
            {
                Error(Current.Span, $"expected 'top-nested' after ',' but found {Describe(Current)}");
                break;
            }
        }
        return new TopNestedOperator(SpanFrom(start), levels);
    }
}
