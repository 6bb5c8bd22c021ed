using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>The aggregations top-nested accepts (topnestedoperator.md, "Aggregation1").</summary>
    private static readonly HashSet<string> TopNestedAggregates = new(StringComparer.Ordinal)
    {
        "sum", "count", "max", "min", "dcount", "avg", "percentile", "percentilew",
    };

    /// <summary>
    /// One level of <c>top-nested N of X by agg</c> is <c>summarize aggregated_X = agg by X | top N by
    /// aggregated_X</c> (desc unless asc): the N values of X with the highest (lowest) aggregate, each with
    /// it. Several levels and <c>with others</c> are not supported yet and say so.
    /// </summary>
    private BoundTable? BindTopNested(BoundTable input, TopNestedOperator op)
    {
        if (op.Levels.Count != 1)
        {
            Error(op.Span, "top-nested with more than one level is not supported", DiagnosticCodes.UnsupportedConstruct);
            return null;
        }
        var level = op.Levels[0];
        if (level.Others is not null)
        {
            Error(level.Others.Span, "top-nested 'with others' is not supported", DiagnosticCodes.UnsupportedConstruct);
            return null;
        }
        if (level.Aggregate.Value is not CallExpr { Name: var aggregateName } || !TopNestedAggregates.Contains(aggregateName))
        {
            Error(level.Aggregate.Value.Span, "top-nested aggregates with sum(), count(), max(), min(), dcount(), avg(), percentile() or percentilew()",
                DiagnosticCodes.UnsupportedConstruct);
            return null;
        }
        string key = ColumnNames.ResultName(level.Of) ?? "Column1";
        string aggregated = level.Aggregate.Names.Count == 1 ? level.Aggregate.Names[0] : "aggregated_" + key;
        var summarized = BindSummarize(input, new SummarizeOperator(level.Span,
            [level.Aggregate with { Names = [aggregated] }], [new ColumnAssignment(level.Of.Span, [key], level.Of)]));
        if (summarized is null) return null;
        var sortKey = new BoundSortKey(new BoundColumn(1, aggregated, summarized.Schema.Columns[1].Type), level.Descending ?? true, !(level.Descending ?? true));
        if (level.Count is null) return summarized;
        return new BoundTop(summarized, BindRowCount(level.Count, "top-nested"), [sortKey]);
    }
}
