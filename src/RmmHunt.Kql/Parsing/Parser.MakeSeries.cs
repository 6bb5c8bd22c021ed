using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    private QueryOperator ParseMakeSeries(int start)
    {
        var properties = ParseOperatorProperties("kind");
        var series = new List<SeriesItem>();
        do
        {
            if (IsWord("on") || AtEndOfOperator()) break;
            int itemStart = Current.Span.Start;
            var aggregate = ParseColumnAssignment();
            Expr? defaultValue = null;
            if (IsWord("default") && PeekToken().Is(TokenKind.Equal))
            {
                Advance(); Advance();
                defaultValue = ParseUnary();
            }
            series.Add(new SeriesItem(SpanFrom(itemStart), aggregate, defaultValue));
        }
        while (TryEat(TokenKind.Comma));
        ExpectWord("on", "'on' and the axis column of make-series");
        var axis = ParseAdditive();
        Expr? from = null, to = null, step = null;
        if (IsWord("in") && PeekToken().IsWord("range"))
        {
            Advance(); Advance();
            Expect(TokenKind.OpenParen, "'(' after 'in range'");
            from = ParseOr();
            Expect(TokenKind.Comma, "',' after the start of the range");
            to = ParseOr();
            Expect(TokenKind.Comma, "',' after the end of the range");
            step = ParseOr();
            Expect(TokenKind.CloseParen, "')' to close the range");
        }
        else
        {
            if (TryEatWord("from")) from = ParseAdditive();
            if (TryEatWord("to")) to = ParseAdditive();
            ExpectWord("step", "'step' and the bin size of make-series");
            step = ParseAdditive();
        }
        var by = TryEatWord("by") ? ParseColumnAssignments() : Array.Empty<ColumnAssignment>();
        return new MakeSeriesOperator(SpanFrom(start), properties.GetValueOrDefault("kind"), series, axis, from, to, step ?? new MissingExpr(Current.Span), by);
    }
}
