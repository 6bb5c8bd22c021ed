using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Parsing;

/// <summary>
/// The string-matching extensions of search and find predicates (searchoperator.md, "Summary of string
/// matching extensions"): a string literal where a condition stands is a term match over every column
/// (<c>"err"</c> is <c>* has "err"</c>), <c>Col:"err"</c> the same over one column, and an asterisk at
/// either end of the literal selects hasprefix, hassuffix or contains.
/// </summary>
internal static class SearchTerms
{
    public static Expr Rewrite(Expr predicate) => predicate switch
    {
        LiteralExpr { Type: Symbols.KqlType.String, Value: string term } literal => Term(new StarExpr(literal.Span), literal, term),
        BinaryExpr { Operator: ":", Right: LiteralExpr { Value: string term } literal } column => Term(column.Left, literal, term) with { Span = column.Span },
        BinaryExpr { Operator: "and" or "or" } logical => logical with { Left = Rewrite(logical.Left), Right = Rewrite(logical.Right) },
        CallExpr { Name: "not", Args.Count: 1 } not => not with { Args = [Rewrite(not.Args[0])] },
        _ => predicate,
    };

    private static Expr Term(Expr target, LiteralExpr literal, string term)
    {
        bool prefix = term.EndsWith('*') && term.Length > 1;
        bool suffix = term.StartsWith('*') && term.Length > 1;
        string core = term.Trim('*');
        // "Lab*PC" means a regular expression in Kusto; left as the literal so the binder reports it.
        if (core.Contains('*')) return new BinaryExpr(literal.Span, target, "matches regex *", literal.Span, literal);
        string op = (prefix, suffix) switch
        {
            (true, true) => "contains",
            (true, false) => "hasprefix",
            (false, true) => "hassuffix",
            _ => "has",
        };
        return new BinaryExpr(literal.Span, target, op, literal.Span, literal with { Value = core });
    }
}
