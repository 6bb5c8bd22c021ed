using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Syntax;

/// <summary>
/// An expression. KQL does not separate scalar and tabular expressions syntactically
/// (<c>let x = T</c> may name a table or a value), so both are expressions and the binder tells them apart.
/// </summary>
public abstract record Expr(TextSpan Span) : SyntaxNode(Span);

/// <summary>A scalar literal; <see cref="Value"/> is null for typed nulls such as <c>datetime(null)</c>.</summary>
public sealed record LiteralExpr(TextSpan Span, KqlType Type, object? Value) : Expr(Span);

/// <summary><c>dynamic(...)</c>: the value is already built (arrays, bags, scalars).</summary>
public sealed record DynamicLiteralExpr(TextSpan Span, object? Value) : Expr(Span);

/// <summary>A name: a column, a let-bound value, a table. <c>['a b']</c> is <see cref="Bracketed"/>.</summary>
public sealed record NameExpr(TextSpan Span, string Name, bool Bracketed = false) : Expr(Span);

/// <summary><c>*</c> as an argument, e.g. <c>arg_max(Timestamp, *)</c>.</summary>
public sealed record StarExpr(TextSpan Span) : Expr(Span);

/// <summary>A binary operator: arithmetic, comparison, string predicate, <c>and</c>/<c>or</c>.</summary>
public sealed record BinaryExpr(TextSpan Span, Expr Left, string Operator, TextSpan OperatorSpan, Expr Right) : Expr(Span);

/// <summary>Unary <c>-</c> or <c>+</c>.</summary>
public sealed record UnaryExpr(TextSpan Span, string Operator, Expr Operand) : Expr(Span);

/// <summary>An operator whose right side is a parenthesised list: <c>in</c>, <c>!in</c>, <c>in~</c>, <c>!in~</c>, <c>has_any</c>, <c>has_all</c>.</summary>
public sealed record ListOperatorExpr(TextSpan Span, Expr Left, string Operator, TextSpan OperatorSpan, IReadOnlyList<Expr> Items) : Expr(Span);

/// <summary><c>x between (low .. high)</c> and <c>!between</c>.</summary>
public sealed record BetweenExpr(TextSpan Span, Expr Left, bool Negated, Expr Low, Expr High) : Expr(Span);

/// <summary>A call of a built-in or let-bound function.</summary>
public sealed record CallExpr(TextSpan Span, string Name, TextSpan NameSpan, IReadOnlyList<Expr> Args) : Expr(Span);

/// <summary><c>d.key</c> on a dynamic value.</summary>
public sealed record MemberExpr(TextSpan Span, Expr Target, string Member, TextSpan MemberSpan) : Expr(Span);

/// <summary><c>d["key"]</c> or <c>arr[0]</c>.</summary>
public sealed record IndexExpr(TextSpan Span, Expr Target, Expr Index) : Expr(Span);

/// <summary><c>typeof(long)</c>, an argument of <c>extract</c> and friends.</summary>
public sealed record TypeofExpr(TextSpan Span, KqlType Type) : Expr(Span);

/// <summary>A tabular expression followed by a query operator: <c>T | where ...</c>.</summary>
public sealed record PipeExpr(TextSpan Span, Expr Input, QueryOperator Operator) : Expr(Span);

/// <summary><c>datatable(Col:type, ...) [ v1, v2, ... ]</c>.</summary>
public sealed record DatatableExpr(TextSpan Span, IReadOnlyList<ColumnDeclaration> Columns, IReadOnlyList<Expr> Values) : Expr(Span);

/// <summary><c>print [Name =] expr, ...</c>.</summary>
public sealed record PrintExpr(TextSpan Span, IReadOnlyList<ColumnAssignment> Items) : Expr(Span);

/// <summary><c>externaldata (Col:type, ...) [ "url", ... ] [with (format="csv", ...)]</c>.</summary>
public sealed record ExternalDataExpr(TextSpan Span, IReadOnlyList<ColumnDeclaration> Columns, IReadOnlyList<string> Urls, IReadOnlyDictionary<string, string> Properties) : Expr(Span);

/// <summary><c>range x from a to b step s</c>.</summary>
public sealed record RangeExpr(TextSpan Span, string Column, Expr From, Expr To, Expr Step) : Expr(Span);

/// <summary><c>union T1, T2</c> at the start of a query (no piped input).</summary>
public sealed record UnionExpr(TextSpan Span, UnionOperator Union) : Expr(Span);

/// <summary><c>search ...</c> or <c>find ...</c> as a tabular source.</summary>
public sealed record SearchSourceExpr(TextSpan Span, QueryOperator Operator) : Expr(Span);

/// <summary>A tabular source or statement form that the parser recognises but the engine does not run.</summary>
public sealed record UnsupportedExpr(TextSpan Span, string Construct) : Expr(Span);

/// <summary>Stands where an expression was required but none could be parsed (error recovery).</summary>
public sealed record MissingExpr(TextSpan Span) : Expr(Span);

/// <summary>A let-bound function: <c>(a:string, T:(*)) { body }</c>.</summary>
public sealed record FunctionExpr(TextSpan Span, IReadOnlyList<ParameterDeclaration> Parameters, FunctionBody Body) : Expr(Span);

public sealed record FunctionBody(TextSpan Span, IReadOnlyList<LetStatement> Lets, Expr Result) : SyntaxNode(Span);

/// <summary>A function parameter; <see cref="TabularColumns"/> is set for tabular parameters (<c>T:(*)</c> gives an empty list).</summary>
public sealed record ParameterDeclaration(TextSpan Span, string Name, KqlType Type, IReadOnlyList<ColumnDeclaration>? TabularColumns, Expr? Default) : SyntaxNode(Span);

/// <summary><c>Name:type</c> in <c>datatable</c>, parameters and schemas.</summary>
public sealed record ColumnDeclaration(TextSpan Span, string Name, KqlType Type) : SyntaxNode(Span);

/// <summary>
/// <c>[Name =] expr</c> in <c>project</c>, <c>extend</c>, <c>summarize</c>, <c>print</c>; a tuple
/// <c>(A, B) = expr</c> names several columns. <see cref="Names"/> is empty when unnamed.
/// </summary>
public sealed record ColumnAssignment(TextSpan Span, IReadOnlyList<string> Names, Expr Value) : SyntaxNode(Span);
