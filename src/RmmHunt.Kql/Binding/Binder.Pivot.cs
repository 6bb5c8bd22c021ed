using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;
using RmmHunt.Kql.Values;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>
    /// <c>evaluate pivot(PivotColumn[, aggregation][, column1, ...])</c> (pivotplugin.md): one row per
    /// group of the listed columns (by default every column but the pivot column and the aggregated one),
    /// one column per distinct value of the pivot column, in the order the values appear in the data,
    /// holding the aggregation over that group's rows with that value. It is bound as a summarize of
    /// <c>countif(P == v)</c> or <c>sumif(x, P == v)</c> per value, which give 0 where a group has no
    /// such rows, as the docs' examples show. The values come from the data (<see cref="IDataProbe"/>).
    /// </summary>
    private BoundTable? BindPivot(BoundTable input, CallExpr call)
    {
        if (call.Args.Count == 0 || call.Args[0] is not NameExpr pivotName)
        {
            Error(call.Span, "pivot() takes the pivot column first", DiagnosticCodes.ArgumentCount);
            return null;
        }
        var row = new RowScope(input.Schema);
        var pivot = BindScalar(pivotName, row);
        if (pivot.Type == KqlType.Unknown) return null;
        if (pivot.Type == KqlType.Dynamic)
        {
            Error(pivotName.Span, "pivot() cannot rotate a dynamic column", DiagnosticCodes.TypeMismatch);
            return null;
        }
        CallExpr? aggregation = call.Args.Count > 1 && call.Args[1] is CallExpr a ? a : null;
        if (aggregation is not null && !(aggregation.Name is "count" || (aggregation.Name is "sum" or "dcount" && aggregation.Args.Count == 1)))
        {
            Error(aggregation.Span, $"pivot() with {aggregation.Name}() is not supported (count(), sum() and dcount() are)", DiagnosticCodes.UnsupportedConstruct);
            return null;
        }
        var listed = call.Args.Skip(aggregation is null ? 1 : 2).ToList();
        if (listed.Any(c => c is not NameExpr))
        {
            Error(call.Span, "the columns after the aggregation of pivot() must be column names", DiagnosticCodes.TypeMismatch);
            return null;
        }
        var aggregated = aggregation?.Args.OfType<NameExpr>().Select(n => n.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        var groups = listed.Count > 0
            ? listed.Cast<NameExpr>().ToList()
            : input.Schema.Columns.Where(c => c.Name != pivotName.Name && !aggregated.Contains(c.Name)).Select(c => new NameExpr(call.Span, c.Name)).ToList();
        if (_probe is null)
        {
            Error(call.Span, "pivot() makes its columns from the data, so this query can only be bound when it runs over data", DiagnosticCodes.NeedsData);
            return null;
        }
        var values = new List<object>();
        var seen = new HashSet<object>();
        foreach (var value in _probe.Values(input, pivot))
        {
            if (value is null or string { Length: 0 })
            {
                Error(pivotName.Span, "pivot() over a column with empty or null values is not supported (the name Kusto gives their column is not documented)", DiagnosticCodes.UnsupportedConstruct);
                return null;
            }
            if (seen.Add(value)) values.Add(value);
        }
        var aggregates = values.Select(v =>
        {
            var test = new BinaryExpr(call.Span, pivotName, "==", call.Span, new LiteralExpr(call.Span, pivot.Type, v));
            Expr value = aggregation?.Name switch
            {
                "sum" => new CallExpr(call.Span, "sumif", call.Span, [aggregation.Args[0], test]),
                "dcount" => new CallExpr(call.Span, "dcountif", call.Span, [aggregation.Args[0], test]),
                _ => new CallExpr(call.Span, "countif", call.Span, [test]),
            };
            return new ColumnAssignment(call.Span, [ScalarFormat.ToText(v)], value);
        }).ToList();
        return BindSummarize(input, new SummarizeOperator(call.Span, aggregates, groups.Select(g => new ColumnAssignment(g.Span, [], g)).ToList()));
    }
}
