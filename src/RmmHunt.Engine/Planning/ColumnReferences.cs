using RmmHunt.Kql.Binding;

namespace RmmHunt.Engine.Planning;

/// <summary>The input columns an expression reads, for column pruning.</summary>
internal static class ColumnReferences
{
    public static void Collect(BoundExpr expr, ISet<int> into)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expr)
        {
            case BoundColumn column:
                into.Add(column.Ordinal);
                break;
            case BoundCall call:
                foreach (var arg in call.Args) Collect(arg, into);
                break;
            case BoundConvert convert:
                Collect(convert.Operand, into);
                break;
            case BoundListOperator list:
                Collect(list.Value, into);
                foreach (var item in list.Items) Collect(item, into);
                break;
            case BoundDynamicAccess access:
                Collect(access.Target, into);
                Collect(access.Key, into);
                break;
        }
    }

    public static HashSet<int> Of(IEnumerable<BoundExpr> exprs)
    {
        var set = new HashSet<int>();
        foreach (var expr in exprs) Collect(expr, set);
        return set;
    }
}
