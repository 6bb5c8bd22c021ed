using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    private BoundTable? BindMvExpand(BoundTable input, MvExpandOperator op)
    {
        if (op.Kind is not (null or "bag" or "array"))
        {
            Error(op.Span, $"'{op.Kind}' is not a kind of mv-expand (use bag or array)", DiagnosticCodes.SyntaxError);
            return null;
        }
        var row = new RowScope(input.Schema);
        var names = input.Schema.Columns.Select(c => c.Name).ToList();
        var types = input.Schema.Columns.Select(c => c.Type).ToList();
        var passthrough = Enumerable.Range(0, names.Count).ToList();
        var expansions = new List<BoundExpansion>();
        foreach (var item in op.Items)
        {
            var value = BindScalar(item.Value, row);
            if (value.Type is not (KqlType.Dynamic or KqlType.Unknown))
            {
                Error(item.Value.Span, $"mv-expand needs a dynamic array or property bag, but the value is {value.Type.Name()}", DiagnosticCodes.TypeMismatch);
                continue;
            }
            string name = item.Name ?? ColumnNames.ResultName(item.Value) ?? ColumnNames.NextDefault(names);
            var type = item.To ?? KqlType.Dynamic;
            int output = names.IndexOf(name);
            if (output < 0)
            {
                output = names.Count;
                names.Add(name);
                types.Add(type);
                passthrough.Add(-1);
            }
            else
            {
                types[output] = type;
                passthrough[output] = -1;
            }
            expansions.Add(new BoundExpansion(value, output, type));
        }
        int? indexOutput = null;
        if (op.ItemIndex is { } indexName)
        {
            indexOutput = names.Count;
            names.Add(ColumnNames.Unique(indexName, names));
            types.Add(KqlType.Long);
            passthrough.Add(-1);
        }
        // The legacy mvexpand stops at 128 elements per row unless told otherwise.
        long limit = op.Limit is null ? (op.Name == "mvexpand" ? 128 : int.MaxValue) : BindRowCount(op.Limit, "mv-expand limit");
        var schema = new TableSchema(input.Schema.Name, names.Select((n, i) => new ColumnSymbol(n, types[i])));
        return new BoundMvExpand(input, expansions, passthrough, op.Kind == "array", indexOutput, limit, schema);
    }
}
