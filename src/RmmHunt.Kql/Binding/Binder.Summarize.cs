using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    private static readonly HashSet<string> MultiColumnAggregates = new(StringComparer.Ordinal) { "arg_max", "arg_min", "take_any", "argmax", "argmin", "percentiles" };

    private BoundTable? BindSummarize(BoundTable input, SummarizeOperator summarize)
    {
        var row = new RowScope(input.Schema);
        var names = new List<string>();
        var keys = new List<BoundExpr>();
        var keyColumns = new HashSet<int>();
        foreach (var item in summarize.By)
        {
            var key = BindScalar(item.Value, row);
            if (key is BoundColumn { Type: KqlType.Dynamic } json && row.Input.Columns[json.Ordinal].AdvancedHuntingType == KqlType.String)
            {
                key = GroupByHuntingString(json, item.Value.Span);
                keyColumns.Add(json.Ordinal);
            }
            if (key.Type == KqlType.Dynamic) Error(item.Value.Span, "cannot group by a dynamic value; convert it with tostring()", DiagnosticCodes.TypeMismatch);
            string name = item.Names.Count == 1 ? item.Names[0] : ColumnNames.ResultName(item.Value) ?? ColumnNames.NextDefault(names);
            if (item.Names.Count == 1 && names.Contains(name))
                Error(item.Span, $"the column '{name}' is declared more than once", DiagnosticCodes.DuplicateColumn);
            names.Add(ColumnNames.Unique(name, names));
            keys.Add(key);
            if (key is BoundColumn column) keyColumns.Add(column.Ordinal);
        }

        var collector = new AggregateCollector();
        // What each aggregate assignment produces: a slot of the collector or an expression over slots.
        var results = new List<(BoundExpr Value, IReadOnlyList<string> Names, bool Explicit)>();
        foreach (var item in summarize.Aggregates)
        {
            if (item.Value is CallExpr call && MultiColumnAggregates.Contains(call.Name) && _lets.Find(call.Name) is null)
            {
                var aggregate = call.Name == "percentiles" ? BindPercentiles(call, row) : BindMultiColumnAggregate(call, row, keyColumns);
                if (aggregate is null) continue;
                var slot = collector.Add(aggregate);
                var outputNames = aggregate.Outputs.Select(o => o.Name).ToList();
                for (int i = 0; i < item.Names.Count && i < outputNames.Count; i++) outputNames[i] = item.Names[i];
                for (int i = 0; i < outputNames.Count; i++)
                    results.Add((new BoundAggregateSlot(slot.Index + i, aggregate.Outputs[i].Type), [outputNames[i]], i < item.Names.Count));
                continue;
            }
            var saved = _aggregates;
            _aggregates = collector;
            var value = BindScalar(item.Value, row);
            _aggregates = saved;
            if (value is not BoundError && !ContainsAggregate(value))
            {
                Error(item.Value.Span, "each summarize expression must be an aggregate such as count() or max(x)", DiagnosticCodes.NotAggregate);
                continue;
            }
            if (FindRowColumn(value) is { } stray)
            {
                Error(item.Value.Span, $"the column '{stray.Name}' must be inside an aggregate or listed after 'by'", DiagnosticCodes.NotAggregate);
                continue;
            }
            string? defaultName = ColumnNames.ResultName(item.Value);
            results.Add((value, item.Names.Count > 0 ? item.Names : [defaultName ?? ""], item.Names.Count > 0));
        }
        if (summarize.Aggregates.Count == 0 && summarize.By.Count == 0)
        {
            Error(summarize.Span, "summarize needs an aggregate or a 'by' clause", DiagnosticCodes.SyntaxError);
            return null;
        }
        return AssembleSummarize(input, keys, names, collector, results);
    }

    /// <summary>
    /// Builds the summarize node and, when some column is an expression over aggregates, the projection
    /// that computes it from the aggregate columns.
    /// </summary>
    private BoundTable AssembleSummarize(BoundTable input, List<BoundExpr> keys, List<string> names, AggregateCollector collector,
        List<(BoundExpr Value, IReadOnlyList<string> Names, bool Explicit)> results)
    {
        int keyCount = keys.Count;
        var finalNames = new List<string>(names);
        foreach (var (value, resultNames, isExplicit) in results)
        {
            string name = resultNames[0];
            if (isExplicit && finalNames.Contains(name))
                Error(value.Span, $"the column '{name}' is declared more than once", DiagnosticCodes.DuplicateColumn);
            finalNames.Add(ColumnNames.Unique(name.Length > 0 ? name : ColumnNames.NextDefault(finalNames), finalNames));
        }

        bool direct = results.Count == collector.Outputs.Count
            && results.Select((r, i) => r.Value is BoundAggregateSlot slot && slot.Index == i).All(b => b);
        if (direct)
        {
            var outputs = collector.Outputs.Select((o, i) => o with { Name = finalNames[keyCount + i] }).ToArray();
            var aggregates = RenameOutputs(collector.Aggregates, outputs);
            var schema = new TableSchema("", finalNames.Take(keyCount).Select((n, i) => new ColumnSymbol(n, keys[i].Type)).Concat(outputs));
            return new BoundSummarize(input, keys, aggregates, schema);
        }

        // Aggregates get internal names; a projection computes the requested columns from them.
        var hidden = collector.Outputs.Select((o, i) => o with { Name = "__agg" + i }).ToArray();
        var innerSchema = new TableSchema("", names.Select((n, i) => new ColumnSymbol(n, keys[i].Type)).Concat(hidden));
        var inner = new BoundSummarize(input, keys, RenameOutputs(collector.Aggregates, hidden), innerSchema);
        var columns = new List<BoundExpr>();
        for (int i = 0; i < keyCount; i++) columns.Add(new BoundColumn(i, names[i], keys[i].Type));
        foreach (var (value, _, _) in results) columns.Add(ReplaceSlots(value, keyCount, hidden));
        var finalSchema = new TableSchema("", finalNames.Select((n, i) => new ColumnSymbol(n, columns[i].Type)));
        return new BoundProject(inner, columns, finalSchema);
    }

    private static IReadOnlyList<BoundAggregate> RenameOutputs(IReadOnlyList<BoundAggregate> aggregates, IReadOnlyList<ColumnSymbol> outputs)
    {
        var renamed = new List<BoundAggregate>();
        int next = 0;
        foreach (var aggregate in aggregates)
        {
            renamed.Add(aggregate with { Outputs = outputs.Skip(next).Take(aggregate.Outputs.Count).ToArray() });
            next += aggregate.Outputs.Count;
        }
        return renamed;
    }

    private static BoundExpr ReplaceSlots(BoundExpr expr, int keyCount, IReadOnlyList<ColumnSymbol> outputs)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return expr switch
        {
            BoundAggregateSlot slot => new BoundColumn(keyCount + slot.Index, outputs[slot.Index].Name, slot.Type),
            BoundCall call => call with { Args = call.Args.Select(a => ReplaceSlots(a, keyCount, outputs)).ToArray() },
            BoundConvert convert => convert with { Operand = ReplaceSlots(convert.Operand, keyCount, outputs) },
            BoundListOperator list => list with { Value = ReplaceSlots(list.Value, keyCount, outputs), Items = list.Items.Select(a => ReplaceSlots(a, keyCount, outputs)).ToArray() },
            BoundDynamicAccess access => access with { Target = ReplaceSlots(access.Target, keyCount, outputs), Key = ReplaceSlots(access.Key, keyCount, outputs) },
            _ => expr,
        };
    }

    private static bool ContainsAggregate(BoundExpr expr)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return expr switch
        {
            BoundAggregateSlot => true,
            BoundCall call => call.Args.Any(ContainsAggregate),
            BoundConvert convert => ContainsAggregate(convert.Operand),
            BoundListOperator list => ContainsAggregate(list.Value) || list.Items.Any(ContainsAggregate),
            BoundDynamicAccess access => ContainsAggregate(access.Target) || ContainsAggregate(access.Key),
            _ => false,
        };
    }

    /// <summary>A row-level column used outside any aggregate (not allowed in a summarize expression).</summary>
    private static BoundColumn? FindRowColumn(BoundExpr expr)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return expr switch
        {
            BoundColumn column => column,
            BoundCall call => call.Args.Select(FindRowColumn).FirstOrDefault(c => c is not null),
            BoundConvert convert => FindRowColumn(convert.Operand),
            BoundListOperator list => new[] { list.Value }.Concat(list.Items).Select(FindRowColumn).FirstOrDefault(c => c is not null),
            BoundDynamicAccess access => FindRowColumn(access.Target) ?? FindRowColumn(access.Key),
            _ => null,
        };
    }

    /// <summary>Binds one aggregate call met inside a summarize expression; called while <see cref="_aggregates"/> is set.</summary>
    private BoundExpr BindAggregateCall(FunctionSymbol function, CallExpr call, RowScope row)
    {
        if (call.Args.Count < function.MinArgs || call.Args.Count > function.MaxArgs)
        {
            Error(call.Span, $"{function.Describe()}, but {call.Args.Count} were given", DiagnosticCodes.ArgumentCount);
            return new BoundError();
        }
        if (MultiColumnAggregates.Contains(function.Name))
        {
            Error(call.Span, $"{function.Name}() must be the whole summarize expression (it returns several columns)", DiagnosticCodes.NotAggregate);
            return new BoundError();
        }
        var collector = _aggregates!;
        _aggregates = null; // aggregates do not nest
        var args = call.Args.Select(a => BindScalar(a, row)).ToArray();
        _aggregates = collector;
        if (function.Name == "count" && args.Length == 1) args[0] = CountedValue(args[0], call.Span);
        var bound = BindCall(function, args, call.Args.Select(a => a.Span).ToArray(), call.Span);
        if (bound is not BoundCall resolved) return bound;
        string name = function.Name == "percentile" ? ColumnNames.Percentile(call.Args[0], call.Args[1])
            : ColumnNames.ResultName(call) ?? function.NamePrefix + "_";
        return collector.Add(new BoundAggregate(function, resolved.Args, [new ColumnSymbol(name, resolved.Type)])) with { Span = call.Span };
    }

    /// <summary>
    /// <c>count(x)</c> of a value that is not a predicate: undocumented, yet published hunts use it and
    /// then read its <c>count_x</c> column, so Kusto runs it. It counts the rows where x is not null, as
    /// SQL's COUNT(x) does (a KQL string is never null, so every row of a string column counts), with a warning.
    /// </summary>
    private BoundExpr CountedValue(BoundExpr value, Text.TextSpan span)
    {
        if (value.Type is KqlType.Bool or KqlType.Unknown) return value;
        _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.Suspicious,
            "count(x) of a value that is not a predicate counts the rows where x is not null; write count() or countif(...) to say which you mean", span));
        return new BoundCall(Symbols.Catalog.FunctionCatalog.Scalars["isnotnull"], [value], KqlType.Bool) { Span = value.Span };
    }

    /// <summary>
    /// <c>arg_max(ExprToMax, * | Col, ...)</c>, <c>arg_min</c>, <c>take_any(...)</c>: one output column for
    /// the first argument and one for each returned value; <c>*</c> returns every input column not
    /// already named and not a by-column.
    /// </summary>
    private BoundAggregate? BindMultiColumnAggregate(CallExpr call, RowScope row, HashSet<int> keyColumns)
    {
        var function = Symbols.Catalog.FunctionCatalog.Aggregates[call.Name];
        if (call.Args.Count < function.MinArgs)
        {
            Error(call.Span, $"{function.Describe()}, but {call.Args.Count} were given", DiagnosticCodes.ArgumentCount);
            return null;
        }
        bool isArg = call.Name != "take_any";
        string prefix = call.Name is "arg_min" or "argmin" ? "min" : "max";
        bool anyStar = call.Args.Any(a => a is StarExpr);
        var args = new List<BoundExpr>();
        var outputs = new List<ColumnSymbol>();
        var used = new HashSet<int>();
        string primaryName = ColumnNames.ResultName(call.Args[0]) ?? "";
        for (int i = 0; i < call.Args.Count; i++)
        {
            var syntax = call.Args[i];
            if (syntax is StarExpr)
            {
                for (int c = 0; c < row.Input.Count; c++)
                {
                    if (used.Contains(c) || keyColumns.Contains(c)) continue;
                    used.Add(c);
                    var column = row.Input.Columns[c];
                    args.Add(new BoundColumn(c, column.Name, column.Type));
                    outputs.Add(column);
                }
                continue;
            }
            var value = BindScalar(syntax, row);
            if (value.Type == KqlType.Unknown) return null;
            if (value is BoundColumn bc)
            {
                if (anyStar && i > 0 && (used.Contains(bc.Ordinal) || keyColumns.Contains(bc.Ordinal))) continue;
                used.Add(bc.Ordinal);
            }
            string name = ColumnNames.ResultName(syntax)
                ?? (isArg ? (i == 0 ? prefix + "_" : $"{prefix}_{primaryName}_arg{i}") : "any_arg" + i);
            if (i == 0 && isArg && !value.Type.IsOrdered())
            {
                Error(syntax.Span, $"{call.Name}() needs a value that can be ordered, but it is {value.Type.Name()}", DiagnosticCodes.TypeMismatch);
                return null;
            }
            args.Add(value);
            outputs.Add(new ColumnSymbol(name, value.Type));
        }
        if (call.Name is "argmax" or "argmin") outputs = DeprecatedArgNames(call, outputs, prefix);
        return new BoundAggregate(function, args, outputs);
    }

    /// <summary>
    /// The deprecated argmax/argmin name the maximised column max_X and every returned column max_X_C
    /// (Kusto.Language's GetArgMinMaxDepResult, prefixed with the function's result prefix).
    /// </summary>
    private static List<ColumnSymbol> DeprecatedArgNames(CallExpr call, List<ColumnSymbol> outputs, string prefix)
    {
        string primary = ColumnNames.ResultName(call.Args[0]) ?? "";
        var renamed = new List<ColumnSymbol> { outputs[0] with { Name = $"{prefix}_{primary}" } };
        for (int i = 1; i < outputs.Count; i++)
        {
            string own = outputs[i].Name.StartsWith($"{prefix}_{primary}_arg", StringComparison.Ordinal) ? "arg" + i : outputs[i].Name;
            renamed.Add(outputs[i] with { Name = $"{prefix}_{primary}_{own}" });
        }
        return renamed;
    }

    /// <summary>percentiles(x, p1, p2, ...): one column per percentile, named percentile_x_p.</summary>
    private BoundAggregate? BindPercentiles(CallExpr call, RowScope row)
    {
        var function = Symbols.Catalog.FunctionCatalog.Aggregates[call.Name];
        var saved = _aggregates;
        _aggregates = null;
        var args = call.Args.Select(a => BindScalar(a, row)).ToArray();
        _aggregates = saved;
        if (BindCall(function, args, call.Args.Select(a => a.Span).ToArray(), call.Span) is not BoundCall bound) return null;
        var outputs = call.Args.Skip(1).Select(p => new ColumnSymbol(ColumnNames.Percentile(call.Args[0], p), bound.Type)).ToArray();
        return new BoundAggregate(function, bound.Args, outputs);
    }

    /// <summary>
    /// Grouping by a column that is a string in advanced hunting and dynamic in Sentinel
    /// (<c>DeviceEvents.AdditionalFields</c>): Kusto accepts it in the first and rejects it in the second,
    /// and one schema cannot tell which copy a query was written for, so it groups by the value's JSON
    /// text, as the advanced-hunting string holds it, with a note.
    /// </summary>
    private BoundExpr GroupByHuntingString(BoundColumn column, Text.TextSpan span)
    {
        _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.Note,
            $"'{column.Name}' is a string in Defender advanced hunting and dynamic in Sentinel: grouped by its JSON text here, as advanced hunting does (Sentinel rejects grouping by a dynamic value)", span));
        return BindCall(Symbols.Catalog.FunctionCatalog.Scalars["tostring"], [column], [span], span);
    }
}
