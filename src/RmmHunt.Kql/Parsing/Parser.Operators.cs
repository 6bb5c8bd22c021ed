using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Syntax;
using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Parsing;

public sealed partial class Parser
{
    /// <summary>Every tabular operator of KQL, so that an operator we do not run is named as unsupported, not as a typo.</summary>
    public static readonly IReadOnlySet<string> KnownOperators = new HashSet<string>(StringComparer.Ordinal)
    {
        "as", "consume", "count", "distinct", "evaluate", "extend", "facet", "filter", "find", "fork", "getschema",
        "invoke", "join", "limit", "lookup", "make-graph", "make-series", "mv-apply", "mv-expand", "mvapply", "mvexpand",
        "order", "parse", "parse-where", "parse-kv", "partition", "print", "project", "project-away", "project-keep",
        "project-rename", "project-reorder", "range", "reduce", "render", "sample", "sample-distinct", "scan", "search",
        "serialize", "sort", "summarize", "take", "top", "top-hitters", "top-nested", "union", "where", "macro-expand",
        "graph-match", "graph-merge", "graph-to-table", "graph-shortest-paths", "graph-mark-components", "lookup",
        "externaldata", "assert-schema", "project-smart",
    };

    private QueryOperator ParseQueryOperator()
    {
        var first = Current;
        int start = first.Span.Start;
        if (!first.Is(TokenKind.Identifier))
        {
            Error(first.Span, $"expected a query operator after '|' but found {Describe(first)}");
            SkipTo(TokenKind.Pipe, stopAtPipe: true);
            return new UnsupportedOperator(SpanFrom(start), first.Text);
        }
        string name = ReadOperatorName();
        switch (name)
        {
            case "where" or "filter":
                return new WhereOperator(SpanFrom(start), name, ParseWherePredicate());
            case "project" or "extend":
                return new ProjectOperator(SpanFrom(start), name, ParseColumnAssignments());
            case "project-away" or "project-keep":
                return new ProjectPatternOperator(SpanFrom(start), name, ParseNamePatterns());
            case "project-reorder":
                return new ProjectReorderOperator(SpanFrom(start), ParseNamePatterns(allowOrder: true));
            case "project-rename":
                return ParseProjectRename(start);
            case "summarize":
                return ParseSummarize(start);
            case "sort" or "order":
                ExpectWord("by", $"'by' after '{name}'");
                return new SortOperator(SpanFrom(start), name, ParseSortKeys());
            case "take" or "limit":
                SkipHints();
                return new TakeOperator(SpanFrom(start), name, ParseOr());
            case "top":
            {
                var count = ParseAdditive();
                ExpectWord("by", "'by' after the number of rows of 'top'");
                var key = ParseSortKey();
                return new TopOperator(SpanFrom(start), count, key);
            }
            case "distinct":
            {
                SkipHints();
                if (Current.Is(TokenKind.Star))
                {
                    Advance();
                    return new DistinctOperator(SpanFrom(start), Array.Empty<Expr>(), All: true);
                }
                var columns = new List<Expr>();
                do columns.Add(ParseOr());
                while (TryEat(TokenKind.Comma));
                return new DistinctOperator(SpanFrom(start), columns, All: false);
            }
            case "count":
                return new CountOperator(SpanFrom(start));
            case "join" or "lookup":
                return ParseJoin(start, name);
            case "union":
                return ParseUnion(start);
            case "search":
                return ParseSearch(start, piped: true);
            case "partition":
                return ParsePartition(start);
            case "scan":
                return ParseScan(start);
            case "top-nested":
                return ParseTopNested(start);
            case "mv-expand" or "mvexpand":
                return ParseMvExpand(start, name);
            case "parse" or "parse-where":
                return ParseParse(start, name);
            case "serialize":
            {
                var assignments = ParseColumnAssignments();
                return new SerializeOperator(SpanFrom(start), assignments);
            }
            case "mv-apply" or "mvapply":
                return ParseMvApply(start);
            case "make-series":
                return ParseMakeSeries(start);
            case "evaluate":
            {
                ParseOperatorProperties();
                if (ParsePostfix() is CallExpr plugin) return new EvaluateOperator(SpanFrom(start), plugin);
                Error(Current.Span, "expected a plugin call after 'evaluate'");
                SkipTo(TokenKind.Pipe, stopAtPipe: true);
                return new UnsupportedOperator(SpanFrom(start), name);
            }
            case "invoke":
            {
                var call = ParsePostfix();
                if (call is CallExpr invoked) return new InvokeOperator(SpanFrom(start), invoked);
                if (call is NameExpr bare) return new InvokeOperator(SpanFrom(start), new CallExpr(bare.Span, bare.Name, bare.Span, []));
                Error(call.Span, "expected a function call after 'invoke'");
                return new UnsupportedOperator(SpanFrom(start), name);
            }
            case "render":
            {
                // render only affects how a client draws the result: keep the chart name, skip the
                // optional 'with (...)' properties, and stop there so a following query is not swallowed.
                string chart = Current.Is(TokenKind.Identifier) ? Advance().Text : "";
                if (Current.Is(TokenKind.Identifier) && Current.Text == "with" && PeekToken().Is(TokenKind.OpenParen))
                {
                    Advance();
                    Advance();
                    SkipTo(TokenKind.CloseParen);
                    Expect(TokenKind.CloseParen, "')' after render properties");
                }
                return new RenderOperator(SpanFrom(start), chart);
            }
            case "as":
            {
                ParseOperatorProperties();
                string tableName = ParseName("a name after 'as'");
                return new AsOperator(SpanFrom(start), tableName);
            }
        }
        if (KnownOperators.Contains(name))
        {
            SkipTo(TokenKind.Pipe, stopAtPipe: true);
            return new UnsupportedOperator(SpanFrom(start), name);
        }
        string hint = Suggestions.Nearest(name, KnownOperators) is { } near ? $"; did you mean '{near}'?" : "";
        Error(first.Span, $"unknown query operator '{name}'{hint}");
        SkipTo(TokenKind.Pipe, stopAtPipe: true);
        return new UnsupportedOperator(SpanFrom(start), name);
    }

    /// <summary>Reads <c>project-away</c>, <c>mv-expand</c>...: words joined by a hyphen with no space around it.</summary>
    private string ReadOperatorName()
    {
        string name = Advance().Text;
        while (Current.Is(TokenKind.Minus) && !Current.HasLeadingTrivia && PeekToken().Is(TokenKind.Identifier) && !PeekToken().HasLeadingTrivia)
        {
            string joined = name + "-" + PeekToken().Text;
            if (!KnownOperators.Contains(joined) && !KnownOperators.Any(k => k.StartsWith(joined + "-", StringComparison.Ordinal))) break;
            Advance();
            name = joined;
            Advance();
        }
        return name;
    }

    private void ExpectWord(string word, string what)
    {
        if (!TryEatWord(word)) Error(Current.Span, $"expected {what} but found {Describe(Current)}");
    }

    /// <summary>Skips <c>hint.name = value</c> and <c>kind = value</c> style properties that do not change results.</summary>
    private void SkipHints()
    {
        while (Current.Is(TokenKind.Identifier) && Current.Text.StartsWith("hint", StringComparison.Ordinal)
               && PeekToken().Is(TokenKind.Dot))
        {
            Advance(); Advance();
            if (Current.Is(TokenKind.Identifier)) Advance();
            if (TryEat(TokenKind.Equal)) Advance();
        }
    }

    private IReadOnlyList<ColumnAssignment> ParseColumnAssignments()
    {
        var items = new List<ColumnAssignment>();
        if (AtEndOfOperator()) return items;
        do
        {
            if (AtEndOfOperator()) break;
            items.Add(ParseColumnAssignment());
        }
        while (TryEat(TokenKind.Comma));
        return items;
    }

    private bool AtEndOfOperator() =>
        Current.Kind is TokenKind.Pipe or TokenKind.Semicolon or TokenKind.CloseParen or TokenKind.EndOfFile or TokenKind.CloseBrace;

    /// <summary><c>Name = expr</c>, <c>(A, B) = expr</c> or a bare <c>expr</c>.</summary>
    private ColumnAssignment ParseColumnAssignment()
    {
        int start = Current.Span.Start;
        if (AtName())
        {
            int save = _pos;
            string name = ParseName("a column name");
            if (Current.Is(TokenKind.Equal))
            {
                Advance();
                return new ColumnAssignment(SpanFrom(start), [name], ParseOr());
            }
            _pos = save;
        }
        if (Current.Is(TokenKind.OpenParen) && IsTupleAssignment())
        {
            Advance();
            var names = new List<string>();
            do names.Add(ParseName("a column name"));
            while (TryEat(TokenKind.Comma));
            Expect(TokenKind.CloseParen, "')'");
            Expect(TokenKind.Equal, "'='");
            return new ColumnAssignment(SpanFrom(start), names, ParseOr());
        }
        var value = ParseOr();
        return new ColumnAssignment(SpanFrom(start), Array.Empty<string>(), value);
    }

    private bool IsTupleAssignment()
    {
        int ahead = 1;
        while (true)
        {
            if (!PeekToken(ahead).Is(TokenKind.Identifier)) return false;
            ahead++;
            if (PeekToken(ahead).Is(TokenKind.Comma)) { ahead++; continue; }
            return PeekToken(ahead).Is(TokenKind.CloseParen) && PeekToken(ahead + 1).Is(TokenKind.Equal);
        }
    }

    private SummarizeOperator ParseSummarize(int start)
    {
        SkipHints();
        var aggregates = IsWord("by") ? Array.Empty<ColumnAssignment>() : ParseColumnAssignmentsUntilBy();
        var by = TryEatWord("by") ? ParseColumnAssignments() : Array.Empty<ColumnAssignment>();
        return new SummarizeOperator(SpanFrom(start), aggregates, by);
    }

    private IReadOnlyList<ColumnAssignment> ParseColumnAssignmentsUntilBy()
    {
        var items = new List<ColumnAssignment>();
        if (AtEndOfOperator()) return items;
        do
        {
            if (AtEndOfOperator() || IsWord("by")) break;
            items.Add(ParseColumnAssignment());
        }
        while (TryEat(TokenKind.Comma));
        return items;
    }

    private IReadOnlyList<SortKey> ParseSortKeys()
    {
        var keys = new List<SortKey>();
        do keys.Add(ParseSortKey());
        while (TryEat(TokenKind.Comma));
        return keys;
    }

    private SortKey ParseSortKey()
    {
        int start = Current.Span.Start;
        var value = ParseOr();
        bool? descending = null;
        if (TryEatWord("asc")) descending = false;
        else if (TryEatWord("desc")) descending = true;
        bool? nullsFirst = null;
        if (TryEatWord("nulls"))
        {
            if (TryEatWord("first")) nullsFirst = true;
            else if (TryEatWord("last")) nullsFirst = false;
            else Error(Current.Span, $"expected 'first' or 'last' after 'nulls' but found {Describe(Current)}");
        }
        return new SortKey(SpanFrom(start), value, descending, nullsFirst);
    }

    /// <summary>Column names or wildcard patterns (<c>Initiating*</c>), optionally followed by asc/desc for project-reorder.</summary>
    private IReadOnlyList<NamePattern> ParseNamePatterns(bool allowOrder = false)
    {
        var patterns = new List<NamePattern>();
        do
        {
            if (AtEndOfOperator()) break;
            int start = Current.Span.Start;
            var text = new System.Text.StringBuilder();
            // A pattern is a run of identifier and '*' tokens with no space between them.
            while (true)
            {
                if (Current.Is(TokenKind.Star)) text.Append('*');
                else if (Current.Is(TokenKind.Identifier)) text.Append(Current.Text);
                // Digits continue a pattern after a wildcard or a name: project-away *1, Col*_2.
                else if (text.Length > 0 && Current.Is(TokenKind.Long) && Current.Text.All(char.IsAsciiDigit)) text.Append(Current.Text);
                else if (text.Length == 0 && AtName())
                {
                    text.Append(ParseName("a column name"));
                    if (Current.HasLeadingTrivia) break; // ['a b'] then a new line: the pattern ends here
                    continue;
                }
                else break;
                Advance();
                if (Current.HasLeadingTrivia) break;
            }
            if (text.Length == 0)
            {
                Error(Current.Span, $"expected a column name but found {Describe(Current)}");
                SkipTo(TokenKind.Pipe, stopAtPipe: true);
                break;
            }
            bool? descending = null;
            if (allowOrder && IsWord("asc")) { Advance(); descending = false; }
            else if (allowOrder && IsWord("desc")) { Advance(); descending = true; }
            patterns.Add(new NamePattern(SpanFrom(start), text.ToString(), descending));
        }
        while (TryEat(TokenKind.Comma));
        return patterns;
    }

    private ProjectRenameOperator ParseProjectRename(int start)
    {
        var renames = new List<RenamePair>();
        do
        {
            int itemStart = Current.Span.Start;
            string newName = ParseName("the new column name");
            Expect(TokenKind.Equal, "'=' between the new and the old column name");
            var oldToken = Current;
            string oldName = ParseName("the old column name");
            renames.Add(new RenamePair(SpanFrom(itemStart), newName, oldName, TextSpan.FromBounds(oldToken.Span.Start, _tokens[_pos - 1].Span.End)));
        }
        while (TryEat(TokenKind.Comma));
        return new ProjectRenameOperator(SpanFrom(start), renames);
    }
}
