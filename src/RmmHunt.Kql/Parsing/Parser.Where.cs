using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    /// <summary>
    /// The predicate of <c>where</c>. Kusto also accepts <c>where Name = value</c>: the name is dropped
    /// and the rows are filtered by the value alone (so <c>where IsAudit = true</c> keeps every row).
    /// Published queries use it by mistake for <c>==</c>, so it is accepted as Kusto does, with a warning.
    /// </summary>
    private Expr ParseWherePredicate()
    {
        var predicate = ParseOr();
        if (predicate is not NameExpr name || !Current.Is(TokenKind.Equal) || PeekToken().Is(TokenKind.Equal)) return predicate;
        var equal = Advance();
        _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.Suspicious,
            $"'=' in 'where' is not a comparison: Kusto filters by the value on its right and ignores '{name.Name}' (did you mean '=='?)",
            equal.Span));
        return ParseOr();
    }
}
