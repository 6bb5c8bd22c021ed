using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    /// <summary>
    /// <c>partition [hint.strategy=...] by Column ( operators )</c>; the keyword is read. Of the hints only
    /// the strategy matters to the result (the legacy default allows 64 partitions). The form with a
    /// braced subquery that names its source is reported as unsupported.
    /// </summary>
    private QueryOperator ParsePartition(int start)
    {
        var properties = ParseOperatorProperties();
        properties.TryGetValue("hint.strategy", out string? strategy);
        ExpectWord("by", "'by' after 'partition'");
        // A column name: read as a name, since "Col (" would otherwise read as a call.
        Expr key;
        if (AtName())
        {
            int keyStart = Current.Span.Start;
            string name = ParseName("the partition column");
            key = new NameExpr(SpanFrom(keyStart), name);
        }
        else key = ParsePostfix();
        if (!Current.Is(TokenKind.OpenParen))
        {
            SkipTo(TokenKind.Pipe, stopAtPipe: true);
            return new UnsupportedOperator(SpanFrom(start), "partition");
        }
        Advance();
        // As mv-apply's subquery: an implicit source, so it starts with an operator; it nests like parentheses.
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
        Expect(TokenKind.CloseParen, "')' after the subquery of partition");
        return new PartitionOperator(SpanFrom(start), strategy, key, operators);
    }
}
