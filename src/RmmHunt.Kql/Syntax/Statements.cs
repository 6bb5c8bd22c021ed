using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Syntax;

public abstract record Statement(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>let Name = value;</c> where the value is a scalar, a tabular expression or a function.</summary>
public sealed record LetStatement(TextSpan Span, string Name, TextSpan NameSpan, Expr Value) : Statement(Span);

/// <summary>A tabular expression whose result is the query's output.</summary>
public sealed record QueryStatement(TextSpan Span, Expr Query) : Statement(Span);

/// <summary><c>set option = value;</c>: request properties that do not change results here.</summary>
public sealed record SetStatement(TextSpan Span, string Option) : Statement(Span);

/// <summary>The whole query text: statements separated by semicolons.</summary>
public sealed record QueryText(TextSpan Span, IReadOnlyList<Statement> Statements) : SyntaxNode(Span)
{
    /// <summary>
    /// Where a further query starts without a ';' before it, after a blank line (as queries sit one after
    /// another in the Defender portal's or Kusto Explorer's editor); empty for a text holding one query.
    /// </summary>
    public IReadOnlyList<int> BlockStarts { get; init; } = [];
}
