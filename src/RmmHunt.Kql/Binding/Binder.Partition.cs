using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>
    /// <c>partition by Column ( operators )</c> (partitionoperator.md): the rows are split by the
    /// column's value, the operators run over each part alone, and the results are concatenated.
    /// </summary>
    private BoundTable? BindPartition(BoundTable input, PartitionOperator op)
    {
        if (op.Strategy is not (null or "legacy" or "native" or "shuffle"))
        {
            Error(op.Span, $"'{op.Strategy}' is not a partition strategy (use native, shuffle or legacy)", DiagnosticCodes.SyntaxError);
            return null;
        }
        if (op.Key is not NameExpr)
        {
            Error(op.Key.Span, "partition needs a column name after 'by'", DiagnosticCodes.SyntaxError);
            return null;
        }
        var key = BindScalar(op.Key, new RowScope(input.Schema));
        if (key is not BoundColumn column) return null;
        if (column.Type == KqlType.Dynamic)
        {
            Error(op.Key.Span, "cannot partition by a dynamic value", DiagnosticCodes.TypeMismatch);
            return null;
        }
        var source = new BoundSubtable(input.Schema.WithName(""));
        BoundTable? subquery = source;
        foreach (var sub in op.Subquery)
        {
            subquery = BindOperator(subquery, sub);
            if (subquery is null) return null;
        }
        // partitionoperator.md: "Up to 64 distinct partitions may be created" by the legacy strategy, the
        // default; the native and shuffle strategies lift that limit.
        int max = op.Strategy is "native" or "shuffle" ? int.MaxValue : 64;
        return new BoundPartition(input, column, source, subquery, max, subquery.Schema);
    }
}
