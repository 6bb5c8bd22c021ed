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
}
