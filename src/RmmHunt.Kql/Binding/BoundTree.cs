namespace RmmHunt.Kql.Binding;

/// <summary>Walks of the bound tree.</summary>
public static class BoundTree
{
    /// <summary>Every table scan the query reads, including those in subqueries.</summary>
    public static IEnumerable<BoundTableScan> Scans(BoundTable table) => table switch
    {
        BoundTableScan scan => [scan],
        BoundFilter f => Scans(f.Input).Concat(Subqueries(f.Predicate)),
        BoundProject p => Scans(p.Input).Concat(p.Columns.SelectMany(Subqueries)),
        BoundSummarize s => Scans(s.Input),
        BoundSort s => Scans(s.Input),
        BoundTake t => Scans(t.Input),
        BoundTop t => Scans(t.Input),
        BoundJoin j => Scans(j.Left).Concat(Scans(j.Right)),
        BoundUnion u => u.Legs.SelectMany(Scans),
        BoundMvExpand m => Scans(m.Input),
        BoundParse p => Scans(p.Input),
        BoundMaterialize m => Scans(m.Input),
        BoundMakeSeries m => Scans(m.Input),
        BoundMvApply m => Scans(m.Input).Concat(Scans(m.Subquery)),
        BoundPartition p => Scans(p.Input).Concat(Scans(p.Subquery)),
        BoundIpv4Lookup l => Scans(l.Input).Concat(Scans(l.Lookup)),
        BoundScan s => Scans(s.Input),
        BoundSerialize s => Scans(s.Input),
        BoundBagUnpack b => Scans(b.Input),
        _ => [],
    };

    private static IEnumerable<BoundTableScan> Subqueries(BoundExpr expr) => expr switch
    {
        BoundListOperator { Subquery: { } q } => Scans(q),
        BoundScalarSubquery s => Scans(s.Query),
        BoundCall c => c.Args.SelectMany(Subqueries),
        BoundConvert c => Subqueries(c.Operand),
        _ => [],
    };

    /// <summary>Whether an expression calls a window function (row_number, prev, next...).</summary>
    public static bool HasWindowFunction(BoundExpr expr) => expr switch
    {
        BoundCall call => call.Function.IsWindow || call.Args.Any(HasWindowFunction),
        BoundConvert convert => HasWindowFunction(convert.Operand),
        BoundListOperator list => HasWindowFunction(list.Value),
        BoundDynamicAccess access => HasWindowFunction(access.Target) || HasWindowFunction(access.Key),
        _ => false,
    };

    /// <summary>
    /// Whether rows arrive in a defined order: after serialize, sort, top or range, through operators that
    /// keep the order (where, project, extend, take, mv-expand, parse).
    /// </summary>
    public static bool IsSerialized(BoundTable table) => table switch
    {
        BoundSerialize or BoundSort or BoundTop or BoundRange => true,
        BoundFilter f => IsSerialized(f.Input),
        BoundProject p => IsSerialized(p.Input),
        BoundTake t => IsSerialized(t.Input),
        BoundMvExpand m => IsSerialized(m.Input),
        BoundParse p => IsSerialized(p.Input),
        BoundScan s => IsSerialized(s.Input),
        _ => false,
    };
}
