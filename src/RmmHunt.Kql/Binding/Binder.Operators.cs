using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Symbols.Catalog;
using RmmHunt.Kql.Syntax;
using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    private BoundTable? BindOperator(BoundTable input, QueryOperator op)
    {
        switch (op)
        {
            case WhereOperator where:
            {
                var predicate = BindScalar(where.Predicate, new RowScope(input.Schema));
                predicate = Coerce(predicate, KqlType.Bool, where.Predicate.Span, "the predicate of 'where'");
                CheckWindowFunctions(predicate, input, where.Predicate.Span);
                return new BoundFilter(input, predicate);
            }
            case ProjectOperator project:
                return BindProjection(input, project.Columns, extend: project.Name == "extend");
            case ProjectPatternOperator pattern:
                return BindProjectPattern(input, pattern);
            case ProjectRenameOperator rename:
                return BindProjectRename(input, rename);
            case ProjectReorderOperator reorder:
                return BindProjectReorder(input, reorder);
            case SummarizeOperator summarize:
                return BindSummarize(input, summarize);
            case SortOperator sort:
                return new BoundSort(input, sort.Keys.Select(k => BindSortKey(input, k)).ToArray());
            case TakeOperator take:
                return new BoundTake(input, BindRowCount(take.Count, take.Name));
            case TopOperator top:
                return new BoundTop(input, BindRowCount(top.Count, "top"), [BindSortKey(input, top.By)]);
            case DistinctOperator distinct:
                return BindDistinct(input, distinct);
            case CountOperator:
            {
                var count = new BoundAggregate(FunctionCatalog.Aggregates["count"], [], [new ColumnSymbol("Count", KqlType.Long)]);
                return new BoundSummarize(input, [], [count], new TableSchema("", [new ColumnSymbol("Count", KqlType.Long)]));
            }
            case JoinOperator join:
                return BindJoin(input, join);
            case UnionOperator union:
                return BindUnion(input, union);
            case SearchOperator search:
                return BindSearch(input, search);
            case ScanOperator scan:
                return BindScan(input, scan);
            case PartitionOperator partition:
                return BindPartition(input, partition);
            case TopNestedOperator topNested:
                return BindTopNested(input, topNested);
            case MvExpandOperator mvExpand:
                return BindMvExpand(input, mvExpand);
            case ParseOperator parse:
                return BindParse(input, parse);
            case SerializeOperator serialize:
            {
                var serialized = new BoundSerialize(input);
                return serialize.Columns.Count == 0 ? serialized : BindProjection(serialized, serialize.Columns, extend: true);
            }
            case MvApplyOperator mvApply:
                return BindMvApply(input, mvApply);
            case MakeSeriesOperator makeSeries:
                return BindMakeSeries(input, makeSeries);
            case EvaluateOperator evaluate:
                return BindEvaluate(input, evaluate);
            case InvokeOperator invoke:
                return BindInvoke(input, invoke);
            case RenderOperator render:
                _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.Note,
                    $"'render {render.Chart}' draws a chart in Kusto's UI; here it is ignored and the result is returned as a table", render.Span));
                return input;
            case AsOperator @as:
                _lets.Declare(new TabularLet(@as.TableName, input));
                return input;
            case UnsupportedOperator unsupported:
                ReportUnsupportedOperator(unsupported);
                return null;
            default:
                Error(op.Span, $"the '{op.Name}' operator is not supported", DiagnosticCodes.UnsupportedOperator);
                return null;
        }
    }

    private void ReportUnsupportedOperator(UnsupportedOperator unsupported)
    {
        if (Parsing.Parser.KnownOperators.Contains(unsupported.Name))
            Error(unsupported.Span.Length > 0 ? new TextSpan(unsupported.Span.Start, unsupported.Name.Length) : unsupported.Span,
                $"the '{unsupported.Name}' operator is not supported", DiagnosticCodes.UnsupportedOperator);
    }

    private BoundSortKey BindSortKey(BoundTable input, SortKey key)
    {
        var value = BindScalar(key.Value, new RowScope(input.Schema));
        if (value.Type is not (KqlType.Unknown or KqlType.Dynamic) && !value.Type.IsOrdered())
            Error(key.Value.Span, $"values of type {value.Type.Name()} cannot be sorted", DiagnosticCodes.TypeMismatch);
        // Kusto sorts descending unless told otherwise; nulls go first when ascending, last when descending.
        bool descending = key.Descending ?? true;
        return new BoundSortKey(value, descending, key.NullsFirst ?? !descending);
    }

    private long BindRowCount(Expr count, string what)
    {
        var value = Coerce(BindScalar(count, null), KqlType.Long, count.Span, $"the number of rows of '{what}'");
        if (ConstantValue(value, count.Span, $"the number of rows of '{what}'") is long rows)
        {
            if (rows >= 0) return rows;
            Error(count.Span, $"the number of rows of '{what}' cannot be negative", DiagnosticCodes.TypeMismatch);
        }
        return 0;
    }

    /// <summary><c>project</c> (only the listed columns) and <c>extend</c> (all columns plus the listed ones).</summary>
    private BoundTable BindProjection(BoundTable input, IReadOnlyList<ColumnAssignment> items, bool extend)
    {
        var row = new RowScope(input.Schema);
        var names = new List<string>();
        var values = new List<BoundExpr>();
        if (extend)
        {
            for (int i = 0; i < input.Schema.Count; i++)
            {
                names.Add(input.Schema.Columns[i].Name);
                values.Add(new BoundColumn(i, input.Schema.Columns[i].Name, input.Schema.Columns[i].Type));
            }
        }
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var value = BindScalar(item.Value, row);
            CheckWindowFunctions(value, input, item.Value.Span);
            if (value is BoundCall { Function.TupleNames: { } components } tuple)
            {
                foreach (var (componentName, component) in TupleColumns(item, tuple, components))
                {
                    int at = names.IndexOf(componentName);
                    if (at >= 0) values[at] = component;
                    else { names.Add(componentName); values.Add(component); }
                    row.Define(componentName, component);
                }
                continue;
            }
            if (item.Names.Count > 1)
            {
                // A call that did not bind (an unsupported series function) has said why; the tuple is not the problem.
                if (value is BoundError) continue;
                Error(item.Span, "a tuple of names can only be assigned from a function that returns several columns", DiagnosticCodes.UnsupportedConstruct);
                continue;
            }
            bool named = item.Names.Count == 1;
            string name = named ? item.Names[0] : ColumnNames.ResultName(item.Value, input.Schema.Contains) ?? ColumnNames.NextDefault(names);
            int existing = names.IndexOf(name);
            if (!extend && existing >= 0)
            {
                if (named || declared.Contains(name))
                {
                    Error(item.Span, $"the column '{name}' is declared more than once", DiagnosticCodes.DuplicateColumn);
                    continue;
                }
                name = ColumnNames.Unique(name, names);
                existing = -1;
            }
            declared.Add(name);
            // extend replaces a column of the same name where it stands.
            if (existing >= 0) values[existing] = value;
            else
            {
                names.Add(name);
                values.Add(value);
            }
            row.Define(name, value);
        }
        return new BoundProject(input, values, new TableSchema(input.Schema.Name, names.Select((n, i) => new ColumnSymbol(n, values[i].Type))));
    }

    /// <summary>The columns of a function that returns several values: named by the tuple, or after the call and each value.</summary>
    private IEnumerable<(string Name, BoundExpr Value)> TupleColumns(ColumnAssignment item, BoundCall call, IReadOnlyList<string> components)
    {
        if (item.Names.Count > components.Count)
            Error(item.Span, $"{call.Function.Name}() returns {components.Count} values, but {item.Names.Count} names were given", DiagnosticCodes.ArgumentCount);
        string prefix = ColumnNames.ResultName(item.Value) ?? call.Function.Name;
        for (int i = 0; i < components.Count; i++)
        {
            if (item.Names.Count > 0 && i >= item.Names.Count) yield break;
            string name = item.Names.Count > 0 ? item.Names[i] : $"{prefix}_{components[i]}";
            yield return (name, new BoundDynamicAccess(call, new BoundLiteral(KqlType.Long, (long)i)) { Span = item.Span });
        }
    }

    private BoundTable? BindProjectPattern(BoundTable input, ProjectPatternOperator op)
    {
        bool keep = op.Name == "project-keep";
        var matched = MatchPatterns(input.Schema, op.Patterns);
        var kept = Enumerable.Range(0, input.Schema.Count).Where(i => matched.Contains(i) == keep).ToArray();
        return Select(input, kept);
    }

    private BoundTable? BindProjectRename(BoundTable input, ProjectRenameOperator op)
    {
        var names = input.Schema.Columns.Select(c => c.Name).ToArray();
        foreach (var rename in op.Renames)
        {
            int index = input.Schema.IndexOf(rename.OldName);
            if (index < 0)
            {
                ReportUnknownName(new NameExpr(rename.OldNameSpan, rename.OldName), new RowScope(input.Schema));
                continue;
            }
            names[index] = rename.NewName;
        }
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            Error(op.Span, $"project-rename would give two columns the name '{duplicate.Key}'", DiagnosticCodes.DuplicateColumn);
            return null;
        }
        var columns = Enumerable.Range(0, names.Length).Select(i => (BoundExpr)new BoundColumn(i, input.Schema.Columns[i].Name, input.Schema.Columns[i].Type)).ToArray();
        return new BoundProject(input, columns, new TableSchema(input.Schema.Name, names.Select((n, i) => new ColumnSymbol(n, columns[i].Type))));
    }

    private BoundTable? BindProjectReorder(BoundTable input, ProjectReorderOperator op)
    {
        var order = new List<int>();
        foreach (var pattern in op.Patterns)
        {
            var matches = MatchPatterns(input.Schema, [pattern]).Where(i => !order.Contains(i)).ToList();
            if (pattern.Descending is bool descending)
            {
                matches.Sort((a, b) => string.CompareOrdinal(input.Schema.Columns[a].Name, input.Schema.Columns[b].Name));
                if (descending) matches.Reverse();
            }
            order.AddRange(matches);
        }
        order.AddRange(Enumerable.Range(0, input.Schema.Count).Where(i => !order.Contains(i)));
        return Select(input, order);
    }

    /// <summary>Indexes of the columns matching any pattern; a plain name that matches nothing is an error.</summary>
    private List<int> MatchPatterns(TableSchema schema, IReadOnlyList<NamePattern> patterns)
    {
        var matched = new List<int>();
        foreach (var pattern in patterns)
        {
            var regex = pattern.IsWildcard ? WildcardRegex(pattern.Pattern) : null;
            bool any = false;
            for (int i = 0; i < schema.Count; i++)
            {
                string name = schema.Columns[i].Name;
                if (regex is null ? name == pattern.Pattern : regex.IsMatch(name))
                {
                    any = true;
                    if (!matched.Contains(i)) matched.Add(i);
                }
            }
            if (!any && !pattern.IsWildcard) ReportUnknownName(new NameExpr(pattern.Span, pattern.Pattern), new RowScope(schema));
        }
        return matched;
    }

    /// <summary>Non-backtracking: a pattern of many stars against a long column name (a file's header) stays linear.</summary>
    private static System.Text.RegularExpressions.Regex WildcardRegex(string pattern) =>
        new("^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*") + "$",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    private static BoundTable Select(BoundTable input, IReadOnlyList<int> ordinals)
    {
        var columns = ordinals.Select(i => (BoundExpr)new BoundColumn(i, input.Schema.Columns[i].Name, input.Schema.Columns[i].Type)).ToArray();
        return new BoundProject(input, columns, new TableSchema(input.Schema.Name, ordinals.Select(i => input.Schema.Columns[i])));
    }

    private BoundTable? BindDistinct(BoundTable input, DistinctOperator distinct)
    {
        if (distinct.All)
        {
            var keys = input.Schema.Columns.Select((c, i) => (BoundExpr)new BoundColumn(i, c.Name, c.Type)).ToArray();
            return new BoundSummarize(input, keys, [], input.Schema.WithName(""));
        }
        var assignments = distinct.Columns.Select(c => new ColumnAssignment(c.Span, [], c)).ToArray();
        return BindSummarize(input, new SummarizeOperator(distinct.Span, [], assignments));
    }
}
