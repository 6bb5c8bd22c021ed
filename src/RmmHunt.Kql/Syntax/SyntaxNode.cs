using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Syntax;

/// <summary>A node of the syntax tree. Every node carries the span of source text it was parsed from.</summary>
public abstract record SyntaxNode(TextSpan Span);
