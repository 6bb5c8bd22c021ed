using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    /// <summary><c>scan [with_match_id=Id] [declare (Col:type[=default], ...)] with (step ...; ...)</c>; the keyword is read.</summary>
    private QueryOperator ParseScan(int start)
    {
        var properties = ParseOperatorProperties("with_match_id");
        properties.TryGetValue("with_match_id", out string? matchId);
        var declarations = new List<ScanDeclaration>();
        if (TryEatWord("declare"))
        {
            Expect(TokenKind.OpenParen, "'(' after 'declare'");
            while (!Current.Is(TokenKind.CloseParen) && !Current.Is(TokenKind.EndOfFile))
            {
                int itemStart = Current.Span.Start;
                string name = ParseName("a column name");
                Expect(TokenKind.Colon, "':' between the column name and its type");
                var type = ParseTypeName();
                Expr? value = TryEat(TokenKind.Equal) ? ParseOr() : null;
                declarations.Add(new ScanDeclaration(SpanFrom(itemStart), name, type, value));
                if (!TryEat(TokenKind.Comma)) break;
            }
            Expect(TokenKind.CloseParen, "')' after the declared columns");
        }
        ExpectWord("with", "'with' and the steps of scan");
        Expect(TokenKind.OpenParen, "'(' before the steps of scan");
        var steps = new List<ScanStep>();
        while (IsWord("step"))
        {
            int stepStart = Advance().Span.Start;
            string name = ParseName("a step name");
            string? output = null;
            if (IsWord("output") && PeekToken().Is(TokenKind.Equal))
            {
                Advance();
                Advance();
                output = ParseName("all, last or none");
            }
            Expect(TokenKind.Colon, "':' after the step name");
            var condition = ParseOr();
            var assignments = new List<ColumnAssignment>();
            if (Current.Is(TokenKind.FatArrow))
            {
                Advance();
                do assignments.Add(ParseColumnAssignment());
                while (TryEat(TokenKind.Comma));
            }
            Expect(TokenKind.Semicolon, "';' after a scan step");
            steps.Add(new ScanStep(SpanFrom(stepStart), name, output, condition, assignments));
        }
        Expect(TokenKind.CloseParen, "')' after the steps of scan");
        return new ScanOperator(SpanFrom(start), matchId, declarations, steps);
    }
}
