using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Syntax;

/// <summary>An operator after a pipe. <see cref="Name"/> is its keyword as written (<c>order</c> or <c>sort</c>).</summary>
public abstract record QueryOperator(TextSpan Span, string Name) : SyntaxNode(Span);

public sealed record WhereOperator(TextSpan Span, string Name, Expr Predicate) : QueryOperator(Span, Name);

/// <summary><c>project</c> and <c>extend</c>.</summary>
public sealed record ProjectOperator(TextSpan Span, string Name, IReadOnlyList<ColumnAssignment> Columns) : QueryOperator(Span, Name);

/// <summary><c>project-away</c> and <c>project-keep</c>: names or wildcard patterns.</summary>
public sealed record ProjectPatternOperator(TextSpan Span, string Name, IReadOnlyList<NamePattern> Patterns) : QueryOperator(Span, Name);

public sealed record ProjectRenameOperator(TextSpan Span, IReadOnlyList<RenamePair> Renames) : QueryOperator(Span, "project-rename");

public sealed record ProjectReorderOperator(TextSpan Span, IReadOnlyList<NamePattern> Patterns) : QueryOperator(Span, "project-reorder");

public sealed record SummarizeOperator(TextSpan Span, IReadOnlyList<ColumnAssignment> Aggregates, IReadOnlyList<ColumnAssignment> By) : QueryOperator(Span, "summarize");

public sealed record SortOperator(TextSpan Span, string Name, IReadOnlyList<SortKey> Keys) : QueryOperator(Span, Name);

/// <summary><c>take</c> and <c>limit</c>.</summary>
public sealed record TakeOperator(TextSpan Span, string Name, Expr Count) : QueryOperator(Span, Name);

public sealed record TopOperator(TextSpan Span, Expr Count, SortKey By) : QueryOperator(Span, "top");

/// <summary><c>distinct *</c> has no columns and <see cref="All"/> set.</summary>
public sealed record DistinctOperator(TextSpan Span, IReadOnlyList<Expr> Columns, bool All) : QueryOperator(Span, "distinct");

public sealed record CountOperator(TextSpan Span) : QueryOperator(Span, "count");

/// <summary>A KQL operator the parser knows by name but that is not implemented; the binder reports it.</summary>
public sealed record UnsupportedOperator(TextSpan Span, string Name) : QueryOperator(Span, Name);

public sealed record SortKey(TextSpan Span, Expr Value, bool? Descending, bool? NullsFirst) : SyntaxNode(Span);

/// <summary>A column name, possibly with <c>*</c> wildcards; <see cref="Descending"/> orders the names a wildcard matches (project-reorder).</summary>
public sealed record NamePattern(TextSpan Span, string Pattern, bool? Descending = null) : SyntaxNode(Span)
{
    public bool IsWildcard => Pattern.Contains('*');
}

public sealed record RenamePair(TextSpan Span, string NewName, string OldName, TextSpan OldNameSpan) : SyntaxNode(Span);

/// <summary><c>join [kind=K] (Right) on Conditions</c>; also <c>lookup</c> (<see cref="QueryOperator.Name"/> tells which).</summary>
public sealed record JoinOperator(TextSpan Span, string Name, string? Kind, Expr Right, IReadOnlyList<Expr> On) : QueryOperator(Span, Name);

/// <summary><c>union [kind=K] [withsource=Col] [isfuzzy=B] T1, T2...</c>, as an operator (the piped input is the first leg) or a source.</summary>
public sealed record UnionOperator(TextSpan Span, string? Kind, string? WithSource, bool IsFuzzy, IReadOnlyList<Expr> Tables) : QueryOperator(Span, "union");

/// <summary>One expansion of mv-expand: <c>[Name =] expr [to typeof(T)]</c>.</summary>
public sealed record MvExpandItem(TextSpan Span, string? Name, Expr Value, Symbols.KqlType? To) : SyntaxNode(Span);

/// <summary><c>mv-expand [kind=bag|array] [with_itemindex=I] items [limit N]</c> (also the legacy <c>mvexpand</c>).</summary>
public sealed record MvExpandOperator(TextSpan Span, string Name, string? Kind, string? ItemIndex, IReadOnlyList<MvExpandItem> Items, Expr? Limit) : QueryOperator(Span, Name);

/// <summary>One element of a parse pattern: <c>*</c>, a string constant, or <c>Name[:type]</c>.</summary>
public sealed record ParsePart(TextSpan Span, bool IsStar, string? Constant, string? Column, Symbols.KqlType? Type) : SyntaxNode(Span);

/// <summary><c>parse [kind=simple|regex|relaxed] [flags=...] expr with pattern</c>, and <c>parse-where</c>.</summary>
public sealed record ParseOperator(TextSpan Span, string Name, string? Kind, string? Flags, Expr Source, IReadOnlyList<ParsePart> Pattern) : QueryOperator(Span, Name);

/// <summary><c>render chart [with (...)]</c>: a visualisation hint, accepted and ignored with a note.</summary>
public sealed record RenderOperator(TextSpan Span, string Chart) : QueryOperator(Span, "render");

/// <summary><c>as Name</c>: binds the piped table to a name for later statements.</summary>
public sealed record AsOperator(TextSpan Span, string TableName) : QueryOperator(Span, "as");

/// <summary><c>invoke Function(args)</c>: calls a function whose first (tabular) parameter is the piped table.</summary>
public sealed record InvokeOperator(TextSpan Span, CallExpr Call) : QueryOperator(Span, "invoke");

/// <summary>One series of make-series: <c>[Name =] aggregate [default = value]</c>.</summary>
public sealed record SeriesItem(TextSpan Span, ColumnAssignment Aggregate, Expr? Default) : SyntaxNode(Span);

/// <summary>
/// <c>make-series items on Axis [from a] [to b] step s [by keys]</c>, or the older
/// <c>on Axis in range(a, b, s)</c>.
/// </summary>
public sealed record MakeSeriesOperator(TextSpan Span, string? Kind, IReadOnlyList<SeriesItem> Series, Expr Axis, Expr? From, Expr? To, Expr Step,
    IReadOnlyList<ColumnAssignment> By) : QueryOperator(Span, "make-series");

/// <summary><c>mv-apply [with_itemindex=I] items [limit N] on (operators)</c>: a subquery over each record's expansion.</summary>
public sealed record MvApplyOperator(TextSpan Span, string? ItemIndex, IReadOnlyList<MvExpandItem> Items, Expr? Limit, IReadOnlyList<QueryOperator> Subquery) : QueryOperator(Span, "mv-apply");

/// <summary><c>serialize [Name = expr, ...]</c>: marks the rows as ordered so window functions may be used.</summary>
public sealed record SerializeOperator(TextSpan Span, IReadOnlyList<ColumnAssignment> Columns) : QueryOperator(Span, "serialize");

/// <summary><c>evaluate [hints] plugin(args)</c>.</summary>
public sealed record EvaluateOperator(TextSpan Span, CallExpr Plugin) : QueryOperator(Span, "evaluate");

/// <summary>
/// <c>search [kind=K] [in (T, ...)] predicate</c>, as a source or after a pipe. <see cref="Tables"/> is
/// null when the piped input (or, as a source, every table in scope) is searched. Term literals of the
/// predicate are already rewritten to <c>* has "term"</c> and its kin by the parser.
/// </summary>
public sealed record SearchOperator(TextSpan Span, string? Kind, IReadOnlyList<Expr>? Tables, Expr Predicate) : QueryOperator(Span, "search");

/// <summary>One column of find's project list: <c>Name[:type]</c>.</summary>
public sealed record FindColumn(TextSpan Span, string Name, Symbols.KqlType? Type) : SyntaxNode(Span);

/// <summary>
/// <c>find [withsource=C] [in (T, ...)] where predicate [project-smart | project cols [, pack_all()]]</c>;
/// <see cref="Project"/> is null for project-smart (the default).
/// </summary>
public sealed record FindOperator(TextSpan Span, string? WithSource, IReadOnlyList<Expr>? Tables, Expr Predicate,
    IReadOnlyList<FindColumn>? Project, bool PackAll) : QueryOperator(Span, "find");

/// <summary>One level of top-nested: <c>[N] of Expr [with others = C] by [Name =] Aggregate [asc|desc]</c>.</summary>
public sealed record TopNestedLevel(TextSpan Span, Expr? Count, Expr Of, Expr? Others, ColumnAssignment Aggregate, bool? Descending) : SyntaxNode(Span);

/// <summary><c>top-nested</c> with its levels, separated by commas.</summary>
public sealed record TopNestedOperator(TextSpan Span, IReadOnlyList<TopNestedLevel> Levels) : QueryOperator(Span, "top-nested");

/// <summary>
/// <c>partition [hints] by Column ( operators )</c>: the operators run over each partition's rows.
/// <see cref="Strategy"/> is the value of <c>hint.strategy</c>, if given.
/// </summary>
public sealed record PartitionOperator(TextSpan Span, string? Strategy, Expr Key, IReadOnlyList<QueryOperator> Subquery) : QueryOperator(Span, "partition");

/// <summary>A column scan declares: <c>Name:type [= default]</c>.</summary>
public sealed record ScanDeclaration(TextSpan Span, string Name, Symbols.KqlType Type, Expr? Default) : SyntaxNode(Span);

/// <summary><c>step Name [output=all|last|none]: Condition [=> Col = expr, ...];</c></summary>
public sealed record ScanStep(TextSpan Span, string Name, string? Output, Expr Condition, IReadOnlyList<ColumnAssignment> Assignments) : SyntaxNode(Span);

/// <summary><c>scan [with_match_id=Id] [declare (...)] with (steps)</c>.</summary>
public sealed record ScanOperator(TextSpan Span, string? MatchId, IReadOnlyList<ScanDeclaration> Declarations, IReadOnlyList<ScanStep> Steps) : QueryOperator(Span, "scan");
