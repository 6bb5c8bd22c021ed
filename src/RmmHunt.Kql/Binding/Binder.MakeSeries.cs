using RmmHunt.Kql.Values;
using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    private BoundTable? BindMakeSeries(BoundTable input, MakeSeriesOperator op)
    {
        if (op.Kind is not (null or "nonempty"))
        {
            Error(op.Span, $"'{op.Kind}' is not a kind of make-series (the only kind is nonempty)", DiagnosticCodes.SyntaxError);
            return null;
        }
        var row = new RowScope(input.Schema);
        var axis = BindScalar(op.Axis, row);
        if (axis.Type is not (KqlType.DateTime or KqlType.TimeSpan) && !axis.Type.IsNumeric())
        {
            if (axis.Type != KqlType.Unknown) Error(op.Axis.Span, $"the axis of make-series must be a datetime, timespan or number, not {axis.Type.Name()}", DiagnosticCodes.TypeMismatch);
            return null;
        }
        var stepType = axis.Type == KqlType.DateTime ? KqlType.TimeSpan : axis.Type;
        var step = Coerce(BindScalar(op.Step, null), stepType, op.Step.Span, "the step of make-series");
        var from = op.From is null ? null : Coerce(BindScalar(op.From, null), axis.Type, op.From.Span, "the start of make-series");
        var to = op.To is null ? null : Coerce(BindScalar(op.To, null), axis.Type, op.To.Span, "the end of make-series");

        var names = new List<string>();
        var keys = new List<BoundExpr>();
        foreach (var item in op.By)
        {
            keys.Add(BindScalar(item.Value, row));
            string name = item.Names.Count == 1 ? item.Names[0] : ColumnNames.ResultName(item.Value) ?? ColumnNames.NextDefault(names);
            names.Add(ColumnNames.Unique(name, names));
        }

        var collector = new AggregateCollector();
        var values = new List<BoundExpr>();
        var defaults = new List<object?>();
        var seriesNames = new List<string>();
        foreach (var series in op.Series)
        {
            var saved = _aggregates;
            _aggregates = collector;
            var value = BindScalar(series.Aggregate.Value, row);
            _aggregates = saved;
            if (value is not BoundError && !ContainsAggregate(value))
            {
                Error(series.Span, "each make-series expression must be an aggregate such as count() or sum(x)", DiagnosticCodes.NotAggregate);
                continue;
            }
            // Bins without rows get the default: 0 unless stated (docs: make-series operator).
            object? defaultValue = series.Default is null
                ? (value.Type.IsNumeric() ? ConstantConversion.TryConvert(0L, value.Type, out var zero) ? zero : null : null)
                : ConstantValue(Coerce(BindScalar(series.Default, null), value.Type, series.Default.Span, "the default of a series"), series.Default.Span, "the default of a series");
            values.Add(value);
            defaults.Add(defaultValue);
            string name = series.Aggregate.Names.Count == 1 ? series.Aggregate.Names[0] : ColumnNames.ResultName(series.Aggregate.Value) ?? ColumnNames.NextDefault(seriesNames);
            seriesNames.Add(ColumnNames.Unique(name, names.Concat(seriesNames).ToList()));
        }
        if (values.Count == 0) return null;
        // Series values are computed over [keys..., aggregate outputs...], one row per group and bin.
        var outputs = collector.Outputs.Select((o, i) => o with { Name = "__agg" + i }).ToArray();
        var seriesValues = values.Select(v => ReplaceSlots(v, keys.Count, outputs)).ToArray();
        string axisName = ColumnNames.ResultName(op.Axis) ?? "Axis";
        var columns = names.Select((n, i) => new ColumnSymbol(n, keys[i].Type))
            .Concat(seriesNames.Select(n => new ColumnSymbol(n, KqlType.Dynamic)))
            .Append(new ColumnSymbol(ColumnNames.Unique(axisName, names.Concat(seriesNames).ToList()), KqlType.Dynamic));
        return new BoundMakeSeries(input, keys, RenameOutputs(collector.Aggregates, outputs), seriesValues, defaults, axis, from, to, step,
            new TableSchema("", columns)) { NonEmpty = op.Kind == "nonempty" };
    }
}
