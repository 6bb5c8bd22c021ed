using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

public sealed partial class Binder
{
    /// <summary>
    /// <c>union</c>: with kind=outer (the default) every column of every leg, a name whose type differs
    /// between legs becoming one column per type (<c>Col_string</c>, <c>Col_long</c>); with kind=inner
    /// only the columns all legs share. <c>isfuzzy=true</c> skips legs that do not resolve, with a warning.
    /// </summary>
    private BoundTable? BindUnion(BoundTable? piped, UnionOperator union)
    {
        if (union.Kind is not (null or "outer" or "inner"))
        {
            Error(union.Span, $"'{union.Kind}' is not a kind of union (use outer or inner)", DiagnosticCodes.SyntaxError);
            return null;
        }
        var legs = new List<BoundTable>();
        var sourceNames = new List<string>();
        int errorsBefore = _diagnostics.Count(d => d.IsError);
        if (piped is not null)
        {
            legs.Add(piped);
            sourceNames.Add(piped.Schema.Name.Length > 0 ? piped.Schema.Name : "union_arg0");
        }
        foreach (var table in union.Tables)
        {
            foreach (var (leg, name) in BindUnionLeg(table, union.IsFuzzy))
            {
                legs.Add(leg);
                sourceNames.Add(name ?? "union_arg" + (legs.Count - 1));
            }
        }
        if (legs.Count == 0)
        {
            // When the legs failed with errors of their own, those say why; this one would only repeat them.
            if (_diagnostics.Count(d => d.IsError) == errorsBefore)
                Error(union.Span, "the union has no legs that resolve", DiagnosticCodes.UnknownTable);
            return null;
        }
        var schema = UnionColumns(legs, inner: union.Kind == "inner");
        var mappings = legs.Select(leg => schema.Select(c => leg.Schema.Columns.ToList().FindIndex(l => l.Name == c.Source && l.Type == c.Column.Type)).ToArray()).ToArray();
        var columns = schema.Select(c => c.Column).ToList();
        if (union.WithSource is { } sourceColumn) columns.Insert(0, new ColumnSymbol(sourceColumn, KqlType.String));
        return new BoundUnion(legs, mappings, union.WithSource is null ? null : sourceNames, new TableSchema("", columns));
    }

    private IEnumerable<(BoundTable Leg, string? Name)> BindUnionLeg(Expr table, bool fuzzy)
    {
        if (table is NameExpr { Name: var pattern } && pattern.EndsWith('*'))
        {
            string prefix = pattern[..^1];
            var matches = _schemas.TableNames.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            if (matches.Count == 0) Error(table.Span, $"no table matches '{pattern}'", DiagnosticCodes.UnknownTable);
            foreach (var name in matches) yield return (new BoundTableScan(name, _schemas.FindTable(name)!) { Optional = true }, name);
            yield break;
        }
        int errors = _diagnostics.Count;
        var leg = BindTabular(table);
        if (leg is null && fuzzy)
        {
            // isfuzzy: a leg that does not resolve is left out, as Kusto does, with a note instead of an error.
            var dropped = _diagnostics.Skip(errors).ToList();
            _diagnostics.RemoveRange(errors, _diagnostics.Count - errors);
            _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.Note, $"union isfuzzy: leg left out ({string.Join("; ", dropped.Select(d => d.Message))})", table.Span));
            yield break;
        }
        if (leg is not null) yield return (leg, table is NameExpr name ? name.Name : null);
    }

    private static List<(string Source, ColumnSymbol Column)> UnionColumns(List<BoundTable> legs, bool inner)
    {
        var typesByName = new Dictionary<string, List<KqlType>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var column in legs.SelectMany(l => l.Schema.Columns))
        {
            if (!typesByName.TryGetValue(column.Name, out var types))
            {
                typesByName[column.Name] = types = [];
                order.Add(column.Name);
            }
            if (!types.Contains(column.Type)) types.Add(column.Type);
        }
        var result = new List<(string, ColumnSymbol)>();
        foreach (var name in order)
        {
            var types = typesByName[name];
            if (inner && !legs.All(l => l.Schema.Columns.Any(c => c.Name == name && c.Type == types[0]))) continue;
            if (types.Count == 1) result.Add((name, new ColumnSymbol(name, types[0])));
            else result.AddRange(types.Select(t => (name, new ColumnSymbol($"{name}_{t.Name()}", t))));
        }
        return result;
    }
}
