using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Symbols.Catalog;
using RmmHunt.Kql.Syntax;
using RmmHunt.Kql.Text;

namespace RmmHunt.Kql.Binding;

/// <summary>
/// <c>find</c> and <c>search</c>, bound as a union of filtered legs (findoperator.md, searchoperator.md):
/// each table is filtered by the predicate, a column the table lacks reading as null, and a table that
/// has none of the columns the predicate reads is left out. The output is the source column, then the
/// listed columns (<c>project</c>) or, with project-smart, the columns the predicate names and those
/// every table shares, and a bag <c>pack_</c> of each row's other columns.
/// </summary>
public sealed partial class Binder
{
    private BoundTable? BindSearch(BoundTable? piped, SearchOperator search)
    {
        if (search.Kind is not (null or "default" or "case_insensitive"))
        {
            Error(search.Span, $"'search kind={search.Kind}' is not supported (only the default, case-insensitive matching)", DiagnosticCodes.UnsupportedConstruct);
            return null;
        }
        var legs = piped is not null ? [(piped, piped.Schema.Name)] : SearchLegs(search.Tables);
        return BindFindLegs(legs, search.Predicate, "$table", null, packAll: false, search.Span);
    }

    private BoundTable? BindFind(FindOperator find) =>
        BindFindLegs(SearchLegs(find.Tables), find.Predicate, find.WithSource ?? "source_", find.Project, find.PackAll, find.Span);

    /// <summary>The tables named (wildcards allowed), or every table in scope when none are.</summary>
    private List<(BoundTable Leg, string Name)> SearchLegs(IReadOnlyList<Expr>? tables)
    {
        if (tables is null)
            return _schemas.TableNames.Select(n => ((BoundTable)new BoundTableScan(n, _schemas.FindTable(n)!) { Optional = true }, n)).ToList();
        var legs = new List<(BoundTable, string)>();
        foreach (var table in tables)
            foreach (var (leg, name) in BindUnionLeg(table, fuzzy: false))
                legs.Add((leg, name ?? $"union_arg{legs.Count}"));
        return legs;
    }

    private BoundTable? BindFindLegs(List<(BoundTable Leg, string Name)> legs, Expr predicateSyntax, string sourceColumn,
        IReadOnlyList<FindColumn>? project, bool packAll, TextSpan span)
    {
        if (legs.Count == 0) return null;
        // Every column any table has, with its type; a name with several types cannot be read by one predicate.
        var types = new Dictionary<string, KqlType>(StringComparer.Ordinal);
        var conflicting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in legs.SelectMany(l => l.Leg.Schema.Columns))
        {
            if (!types.TryAdd(column.Name, column.Type) && types[column.Name] != column.Type) conflicting.Add(column.Name);
        }
        var kept = new List<(BoundTable Filtered, string Name, int Width, HashSet<string> Used)>();
        foreach (var (leg, name) in legs)
        {
            var widened = Widen(leg, types, conflicting);
            int errors = _diagnostics.Count(d => d.IsError);
            var predicate = Coerce(BindScalar(predicateSyntax, new RowScope(widened.Schema)), KqlType.Bool, predicateSyntax.Span, "the predicate");
            if (_diagnostics.Count(d => d.IsError) > errors) return null;
            var used = new HashSet<int>();
            CollectColumns(predicate, used);
            if (used.Count > 0 && used.All(i => i >= leg.Schema.Count)) continue;
            kept.Add((new BoundFilter(widened, predicate), name, leg.Schema.Count,
                used.Where(i => i < leg.Schema.Count).Select(i => widened.Schema.Columns[i].Name).ToHashSet(StringComparer.Ordinal)));
        }
        if (kept.Count == 0)
        {
            Error(predicateSyntax.Span, "no table in scope has a column the predicate reads", DiagnosticCodes.UnknownColumn);
            return null;
        }
        var output = project is null ? SmartColumns(kept) : ProjectColumns(project, types, conflicting);
        if (output is null) return null;
        var outputNames = output.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        bool pack = project is null ? kept.Any(k => k.Filtered.Schema.Columns.Take(k.Width).Any(c => !outputNames.Contains(c.Name))) : packAll;
        var columns = output.ToList();
        if (pack) columns.Add(new ColumnSymbol("pack_", KqlType.Dynamic));
        var projected = new List<BoundTable>();
        foreach (var (filtered, _, width, _) in kept)
        {
            var values = output.Select(c => ColumnOrNull(filtered.Schema, width, c)).ToList();
            if (pack) values.Add(PackRest(filtered.Schema, width, outputNames));
            projected.Add(new BoundProject(filtered, values, new TableSchema("", columns)));
        }
        var identity = columns.Select((_, i) => i).ToArray();
        return new BoundUnion(projected, projected.Select(_ => (IReadOnlyList<int>)identity).ToArray(), kept.Select(k => k.Name).ToArray(),
            new TableSchema("", columns.Prepend(new ColumnSymbol(sourceColumn, KqlType.String))));
    }

    /// <summary>The leg with a null column for each column other tables have and it lacks.</summary>
    private static BoundTable Widen(BoundTable leg, Dictionary<string, KqlType> types, HashSet<string> conflicting)
    {
        var missing = types.Where(t => !conflicting.Contains(t.Key) && !leg.Schema.Contains(t.Key)).ToList();
        if (missing.Count == 0) return leg;
        var values = leg.Schema.Columns.Select((c, i) => (BoundExpr)new BoundColumn(i, c.Name, c.Type))
            .Concat(missing.Select(m => (BoundExpr)new BoundLiteral(m.Value, null))).ToArray();
        var schema = new TableSchema(leg.Schema.Name, leg.Schema.Columns.Concat(missing.Select(m => new ColumnSymbol(m.Key, m.Value))));
        return new BoundProject(leg, values, schema);
    }

    /// <summary>
    /// project-smart: the columns the predicate reads and those every table has, in the order they first
    /// appear in the tables (the docs' examples list them so: "(Level, Timestamp, ProcessId_string, ...)"
    /// where ProcessId is the predicate's column).
    /// </summary>
    private static List<ColumnSymbol> SmartColumns(List<(BoundTable Filtered, string Name, int Width, HashSet<string> Used)> kept)
    {
        var result = new List<ColumnSymbol>();
        foreach (var (filtered, _, width, used) in kept)
        {
            foreach (var column in filtered.Schema.Columns.Take(width))
            {
                bool common = kept.All(k => k.Filtered.Schema.Columns.Take(k.Width).Any(c => c.Name == column.Name && c.Type == column.Type));
                bool read = kept.Any(k => k.Used.Contains(column.Name));
                if ((common || read) && !result.Any(r => r.Name == column.Name)) result.Add(column);
            }
        }
        return result;
    }

    private List<ColumnSymbol>? ProjectColumns(IReadOnlyList<FindColumn> project, Dictionary<string, KqlType> types, HashSet<string> conflicting)
    {
        var result = new List<ColumnSymbol>();
        foreach (var column in project)
        {
            if (!types.TryGetValue(column.Name, out var type))
            {
                Error(column.Span, $"unknown column '{column.Name}': no table in scope has such a column", DiagnosticCodes.UnknownColumn);
                return null;
            }
            // A type after the name converts the values (findoperator.md); only the column's own type is supported.
            if (conflicting.Contains(column.Name) || (column.Type is { } given && given != type))
            {
                Error(column.Span, $"find: project of '{column.Name}' as another type than its own is not supported", DiagnosticCodes.UnsupportedConstruct);
                return null;
            }
            if (result.Any(r => r.Name == column.Name))
            {
                Error(column.Span, $"the column '{column.Name}' is declared more than once", DiagnosticCodes.DuplicateColumn);
                return null;
            }
            result.Add(new ColumnSymbol(column.Name, type));
        }
        return result;
    }

    /// <summary>The table's own column of that name, or null where it has none (a widened column is null too).</summary>
    private static BoundExpr ColumnOrNull(TableSchema schema, int width, ColumnSymbol column)
    {
        int ordinal = schema.IndexOf(column.Name);
        return ordinal >= 0 && ordinal < width ? new BoundColumn(ordinal, column.Name, column.Type) : new BoundLiteral(column.Type, null);
    }

    /// <summary>pack_: a bag of the table's own columns that are not in the output.</summary>
    private static BoundExpr PackRest(TableSchema schema, int width, HashSet<string> outputNames)
    {
        var args = new List<BoundExpr> { new BoundLiteral(KqlType.Bool, false) };
        for (int i = 0; i < width; i++)
        {
            if (outputNames.Contains(schema.Columns[i].Name)) continue;
            args.Add(new BoundLiteral(KqlType.String, schema.Columns[i].Name));
            args.Add(new BoundColumn(i, schema.Columns[i].Name, schema.Columns[i].Type));
        }
        return new BoundCall(FunctionCatalog.Scalars["pack_all"], args, KqlType.Dynamic);
    }

    private static void CollectColumns(BoundExpr expr, HashSet<int> used)
    {
        switch (expr)
        {
            case BoundColumn column: used.Add(column.Ordinal); break;
            case BoundCall call: foreach (var arg in call.Args) CollectColumns(arg, used); break;
            case BoundConvert convert: CollectColumns(convert.Operand, used); break;
            case BoundDynamicAccess access: CollectColumns(access.Target, used); CollectColumns(access.Key, used); break;
            case BoundListOperator list: CollectColumns(list.Value, used); foreach (var item in list.Items) CollectColumns(item, used); break;
        }
    }
}
