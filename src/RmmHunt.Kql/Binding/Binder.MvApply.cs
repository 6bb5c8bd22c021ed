using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    private BoundTable? BindMvApply(BoundTable input, MvApplyOperator op)
    {
        var row = new RowScope(input.Schema);
        var names = new List<string>();
        var types = new List<KqlType>();
        var expansions = new List<BoundExpansion>();
        var expandedInputs = new HashSet<int>();
        foreach (var item in op.Items)
        {
            var value = BindScalar(item.Value, row);
            if (value.Type is not (KqlType.Dynamic or KqlType.Unknown))
            {
                Error(item.Value.Span, $"mv-apply needs a dynamic array, but the value is {value.Type.Name()}", DiagnosticCodes.TypeMismatch);
                return null;
            }
            string name = item.Name ?? ColumnNames.ResultName(item.Value) ?? ColumnNames.NextDefault(names);
            // An input column expanded under its own name is replaced by its expansion (the docs' example
            // keeps the list column when the expansion is given another name).
            if (value is BoundColumn column && column.Name == name) expandedInputs.Add(column.Ordinal);
            var type = item.To ?? KqlType.Dynamic;
            names.Add(ColumnNames.Unique(name, names));
            types.Add(type);
            expansions.Add(new BoundExpansion(value, names.Count - 1, type));
        }
        int? indexOutput = null;
        if (op.ItemIndex is { } indexName)
        {
            indexOutput = names.Count;
            names.Add(ColumnNames.Unique(indexName, names));
            types.Add(KqlType.Long);
        }
        long limit = op.Limit is null ? int.MaxValue : BindRowCount(op.Limit, "mv-apply limit");
        var source = new BoundSubtable(new TableSchema("", names.Select((n, i) => new ColumnSymbol(n, types[i]))));
        BoundTable? subquery = source;
        foreach (var sub in op.Subquery)
        {
            subquery = BindOperator(subquery, sub);
            if (subquery is null) return null;
        }
        var subColumns = subquery.Schema.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var passthrough = Enumerable.Range(0, input.Schema.Count)
            .Where(i => !expandedInputs.Contains(i) && !subColumns.Contains(input.Schema.Columns[i].Name)).ToArray();
        var schema = new TableSchema(input.Schema.Name, passthrough.Select(i => input.Schema.Columns[i]).Concat(subquery.Schema.Columns));
        return new BoundMvApply(input, expansions, indexOutput, limit, source, subquery, passthrough, schema);
    }
}
