using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Parsing;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;
using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Binding;

/// <summary>
/// Resolves names, types and functions of a parsed query against table schemas and produces the
/// bound tree the engine plans from. Like the parser it reports problems as diagnostics and goes on.
/// Split by concern: statements and tabular expressions here, scalars, operators and summarize in
/// the other parts.
/// </summary>
public sealed partial class Binder
{
    private readonly ISchemaProvider _schemas;
    private readonly IDataProbe? _probe;
    private readonly List<Diagnostic> _diagnostics;
    private LetScope _lets;
    private int _functionDepth;

    private Binder(ISchemaProvider schemas, List<Diagnostic> diagnostics, IDataProbe? probe = null)
    {
        _schemas = schemas;
        _probe = probe;
        _diagnostics = diagnostics;
        _lets = new LetScope(null);
    }

    /// <summary>Binds a whole query; returns the tabular result of its last query statement, or null.</summary>
    public static BoundTable? Bind(QueryText query, ISchemaProvider schemas, List<Diagnostic> diagnostics, IDataProbe? probe = null)
    {
        var binder = new Binder(schemas, diagnostics, probe);
        BoundTable? result = null;
        QueryStatement? resultStatement = null;
        foreach (var statement in query.Statements)
        {
            switch (statement)
            {
                case LetStatement let:
                    binder.BindLet(let);
                    break;
                case QueryStatement q:
                    // Kusto returns one result per tabular statement; here only the last is returned, and said so.
                    if (resultStatement is not null)
                        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.Note, "the query has more than one result statement; only the last one is returned", resultStatement.Span));
                    resultStatement = q;
                    result = binder.BindTabular(q.Query);
                    break;
                case SetStatement set:
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.Note, $"'set {set.Option}' has no effect here", set.Span));
                    break;
            }
        }
        if (resultStatement is null && !diagnostics.Any(d => d.IsError))
            binder.Error(new TextSpan(query.Span.End, 0), "the query has no tabular expression to return");
        return result;
    }

    /// <summary>Binds a standalone predicate over a table's rows (used for KQL exclusions).</summary>
    public static BoundExpr BindPredicate(Expr predicate, TableSchema table, List<Diagnostic> diagnostics, ISchemaProvider? schemas = null)
    {
        var binder = new Binder(schemas ?? new SchemaSet([]), diagnostics);
        var bound = binder.BindScalar(predicate, new RowScope(table));
        return binder.Coerce(bound, KqlType.Bool, predicate.Span, "the exclusion filter");
    }

    private void Error(TextSpan span, string message, string code = DiagnosticCodes.SyntaxError) =>
        _diagnostics.Add(Diagnostic.Error(code, message, span));

    private void BindLet(LetStatement let)
    {
        if (let.Value is FunctionExpr function)
        {
            _lets.Declare(new FunctionLet(let.Name, function, _lets));
            return;
        }
        if (IsTabular(let.Value))
        {
            var table = BindTabular(let.Value);
            bool usable = table is not null && WithinLetHeight(let, TreeHeight.Of(table));
            _lets.Declare(usable ? new TabularLet(let.Name, table!) : new FailedLet(let.Name, IsTabular: true));
            return;
        }
        var value = BindScalar(let.Value, null);
        bool fits = value is not BoundError && WithinLetHeight(let, TreeHeight.Of(value));
        _lets.Declare(fits ? new ScalarLet(let.Name, value) : new FailedLet(let.Name, IsTabular: false));
    }

    /// <summary>
    /// A let's value is inlined at every use, so a chain of lets builds one tree as deep as all of them
    /// together, which the planner and the engine then walk recursively. Real rules stay far below this.
    /// </summary>
    private const int MaxLetHeight = 1000;

    private bool WithinLetHeight(LetStatement let, int height)
    {
        if (height <= MaxLetHeight) return true;
        Error(let.NameSpan, $"'{let.Name}' builds an expression more than {MaxLetHeight} levels deep through the lets it uses", DiagnosticCodes.Limit);
        return false;
    }

    /// <summary>Decides from the syntax (and the names in scope) whether an expression is tabular.</summary>
    private bool IsTabular(Expr expr) => expr switch
    {
        PipeExpr or DatatableExpr or PrintExpr or UnionExpr or RangeExpr or ExternalDataExpr or SearchSourceExpr or UnsupportedExpr => true,
        NameExpr name => _lets.Find(name.Name) is TabularLet or FailedLet { IsTabular: true } || (_lets.Find(name.Name) is null && _schemas.FindTable(name.Name) is not null),
        CallExpr call => _lets.Find(call.Name) is FunctionLet f ? IsTabularFunction(f) : TabularFunctions.Contains(call.Name),
        _ => false,
    };

    private static readonly HashSet<string> TabularFunctions = new(StringComparer.Ordinal) { "materialize", "view", Watchlists.Function };

    /// <summary>The functions whose result <see cref="IsTabularFunction"/> is deciding, to stop at a cycle.</summary>
    private readonly HashSet<FunctionLet> _deciding = new(ReferenceEqualityComparer.Instance);

    private bool IsTabularFunction(FunctionLet function)
    {
        // A function that calls itself (directly or through others) has no result to judge by: the cycle
        // must end here (it used to recurse until the stack overflowed and killed the process), and
        // binding the call reports the recursion.
        if (!_deciding.Add(function)) return false;
        try
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            return IsTabularIn(function.Declaration.Body.Result, function.Declaration.Parameters);
        }
        finally
        {
            _deciding.Remove(function);
        }
    }

    private bool IsTabularIn(Expr expr, IReadOnlyList<ParameterDeclaration> parameters) => expr switch
    {
        NameExpr name when parameters.Any(p => p.Name == name.Name) => parameters.First(p => p.Name == name.Name).TabularColumns is not null,
        _ => IsTabular(expr),
    };

    /// <summary>Binds an expression that must be tabular; reports and returns null otherwise.</summary>
    private BoundTable? BindTabular(Expr expr)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expr)
        {
            case PipeExpr pipe:
            {
                var input = BindTabular(pipe.Input);
                if (input is not null) return BindOperator(input, pipe.Operator);
                // Without an input schema the operator cannot be bound, but an unsupported one is still
                // reported, so that one compile lists every operator a rule needs.
                if (pipe.Operator is UnsupportedOperator unsupported) ReportUnsupportedOperator(unsupported);
                return null;
            }
            case NameExpr name:
                return BindTableName(name);
            case DatatableExpr datatable:
                return BindDatatable(datatable);
            case PrintExpr print:
                return BindPrint(print);
            case UnionExpr union:
                return BindUnion(null, union.Union);
            case SearchSourceExpr { Operator: SearchOperator search }:
                return BindSearch(null, search);
            case SearchSourceExpr { Operator: FindOperator find }:
                return BindFind(find);
            case RangeExpr range:
                return BindRange(range);
            case ExternalDataExpr externalData:
                return BindExternalData(externalData);
            case CallExpr call when _lets.Find(call.Name) is FunctionLet function:
                return BindTabularCall(function, call);
            case CallExpr call when call.Name == "materialize" && call.Args.Count == 1:
                // Evaluated once however often it is used: the planner shares one pipeline among all references.
                return BindTabular(call.Args[0]) is { } materialized ? new BoundMaterialize(materialized) : null;
            case CallExpr { Name: Watchlists.Function } call:
                return BindWatchlist(call);
            case UnsupportedExpr unsupported:
                Error(unsupported.Span, $"the '{unsupported.Construct}' operator is not supported", DiagnosticCodes.UnsupportedOperator);
                return null;
            case MissingExpr:
                return null;
            default:
                Error(expr.Span, "expected a tabular expression (a table, a let-bound table or a pipeline)", DiagnosticCodes.NotTabular);
                return null;
        }
    }

    /// <summary>A call of a let-bound function where a table is needed: a function whose body is scalar is an error here.</summary>
    private BoundTable? BindTabularCall(FunctionLet function, CallExpr call)
    {
        var bound = BindFunctionCall(function, call);
        if (bound is BoundExpr and not BoundError)
            Error(call.Span, $"{function.Name}() returns a scalar value, not a table", DiagnosticCodes.NotTabular);
        return bound as BoundTable;
    }

    private BoundTable? BindTableName(NameExpr name)
    {
        switch (_lets.Find(name.Name))
        {
            case TabularLet table:
                return table.Value;
            case ScalarLet:
                Error(name.Span, $"'{name.Name}' is a scalar value, not a table", DiagnosticCodes.NotTabular);
                return null;
            case FailedLet:
                return null;
            case FunctionLet function when function.Declaration.Parameters.Count == 0:
                return BindTabularCall(function, new CallExpr(name.Span, name.Name, name.Span, []));
        }
        var schema = _schemas.FindTable(name.Name);
        if (schema is not null) return new BoundTableScan(name.Name, schema);
        var near = Suggestions.Nearest(name.Name, _schemas.TableNames.Concat(_lets.AllNames()));
        Error(name.Span, $"unknown table '{name.Name}'" + (near is null ? "" : $"; did you mean '{near}'?"), DiagnosticCodes.UnknownTable);
        return null;
    }

    private BoundTable? BindDatatable(DatatableExpr datatable)
    {
        var columns = datatable.Columns.Select(c => new ColumnSymbol(c.Name, c.Type)).ToArray();
        if (columns.Length == 0)
        {
            Error(datatable.Span, "datatable needs at least one column");
            return null;
        }
        if (datatable.Values.Count % columns.Length != 0)
            Error(datatable.Span, $"datatable has {datatable.Values.Count} values, which is not a multiple of its {columns.Length} columns");
        var rows = new List<IReadOnlyList<object?>>();
        for (int start = 0; start + columns.Length <= datatable.Values.Count; start += columns.Length)
        {
            var row = new object?[columns.Length];
            for (int c = 0; c < columns.Length; c++)
            {
                var valueSyntax = datatable.Values[start + c];
                // datatable(x:int)[1] takes the long literal 1 as int.
                var value = CoerceLiteral(BindScalar(valueSyntax, null), columns[c].Type, valueSyntax.Span, $"column '{columns[c].Name}'");
                row[c] = ConstantValue(value, valueSyntax.Span, "a datatable value");
            }
            rows.Add(row);
        }
        return new BoundValues(new TableSchema("", columns), rows);
    }

    private BoundTable BindPrint(PrintExpr print)
    {
        var single = new BoundValues(new TableSchema("", []), [Array.Empty<object?>()]);
        var columns = new List<(string Name, BoundExpr Value)>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < print.Items.Count; i++)
        {
            var item = print.Items[i];
            var value = BindScalar(item.Value, new RowScope(single.Schema));
            // Kusto names every unnamed print column by its position, whatever the expression (a let name,
            // tostring(x)...): print 1, x = 2, 3 gives print_0, x, print_2 [src Binder_NodeBinder VisitPrintOperator].
            string name = item.Names.Count > 0 ? item.Names[0] : "print_" + i;
            name = ColumnNames.Unique(name, taken);
            taken.Add(name);
            columns.Add((name, value));
        }
        return new BoundProject(single, columns.Select(c => c.Value).ToArray(),
            new TableSchema("", columns.Select(c => new ColumnSymbol(c.Name, c.Value.Type))));
    }

    /// <summary><c>_GetWatchlist('name')</c>: a watchlist the run was given, read like a table.</summary>
    private BoundTable? BindWatchlist(CallExpr call)
    {
        if (call.Args is not [LiteralExpr { Value: string name }])
        {
            Error(call.Span, $"{Watchlists.Function}() takes the watchlist's name as one string literal", DiagnosticCodes.ArgumentCount);
            return null;
        }
        string table = Watchlists.TableName(name);
        var schema = _schemas.FindTable(table);
        if (schema is not null) return new BoundTableScan(table, schema);
        Error(call.Span, $"unknown watchlist '{name}': give its CSV file with --watchlist {name}=FILE", DiagnosticCodes.UnknownTable);
        return null;
    }
}
