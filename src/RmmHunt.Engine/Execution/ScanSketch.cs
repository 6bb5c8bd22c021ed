using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Execution;

/// <summary>
/// What a planned query asks of the one table scan it reads (the table, the columns, the needles that route
/// rows to it, its time range) and the schema of its result: enough to subscribe it to the scan without
/// compiling it (<see cref="ExecutionGraph.AddDeferred"/>). Most rules of a pack see no rows (their tools are
/// not in the telemetry), so a hunt that keeps sketches between runs compiles and plans only the rules its
/// scans give rows. Only a query whose result is empty when its scan gives no rows has a sketch. A sketch holds
/// for the same query text over the same table schemas with the same build; the graph checks the late plan
/// against it all the same.
/// </summary>
public sealed record ScanSketch(string TableName, IReadOnlyList<int> Columns, NeedleConjunction? Needles, SketchTimeRange? Time, TableSchema Result)
{
    /// <summary>
    /// Whether the query's result is empty whenever its scan gives no rows: a chain from the scan of operators
    /// that output nothing without input. Not a summarize without keys (one row of counts), a make-series, an
    /// mv-apply or anything with a second source.
    /// </summary>
    internal static bool EmptyWithoutRows(BoundTable node) => node switch
    {
        BoundTableScan => true,
        BoundFilter filter => EmptyWithoutRows(filter.Input),
        BoundProject project => EmptyWithoutRows(project.Input),
        BoundSerialize serialize => EmptyWithoutRows(serialize.Input),
        BoundSort sort => EmptyWithoutRows(sort.Input),
        BoundTop top => EmptyWithoutRows(top.Input),
        BoundTake take => EmptyWithoutRows(take.Input),
        BoundMvExpand expand => EmptyWithoutRows(expand.Input),
        BoundParse parse => EmptyWithoutRows(parse.Input),
        BoundSummarize summarize => summarize.Keys.Count > 0 && EmptyWithoutRows(summarize.Input),
        _ => false,
    };

    /// <summary>Whether a plan's needles are the sketch's: the rows routed to the query by the sketch are then the rows its plan asks for.</summary>
    internal bool SameNeedles(NeedleConjunction? planned)
    {
        if (Needles is null || planned is null) return Needles is null && planned is null;
        if (Needles.Clauses.Count != planned.Clauses.Count) return false;
        for (int c = 0; c < Needles.Clauses.Count; c++)
        {
            NeedleClause mine = Needles.Clauses[c], theirs = planned.Clauses[c];
            if (!mine.AnyOf.SequenceEqual(theirs.AnyOf, StringComparer.Ordinal)) return false;
            if ((mine.Columns is null) != (theirs.Columns is null)) return false;
            if (mine.Columns is not null && !mine.Columns.SequenceEqual(theirs.Columns!, StringComparer.Ordinal)) return false;
        }
        return true;
    }
}
