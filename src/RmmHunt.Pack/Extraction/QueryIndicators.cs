using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Parsing;
using RmmHunt.Kql.Syntax;
using RmmHunt.Pack.Catalog;

namespace RmmHunt.Pack.Extraction;

/// <summary>
/// Reads the indicators out of a hunting query with RmmHunt's own KQL parser: every
/// <c>where</c> comparison of a known column with string literals (<c>RemoteUrl has_any (...)</c>,
/// <c>Signer has '...'</c>) becomes an observation. Comparisons the catalogue cannot express
/// (<c>FileName startswith</c>, <c>FolderPath has_any</c>) are returned as unmodelled, not dropped.
/// </summary>
internal static class QueryIndicators
{
    private static readonly Dictionary<string, string> FieldOfColumn = new(StringComparer.Ordinal)
    {
        ["RemoteUrl"] = IndicatorField.Domains,
        ["ProcessVersionInfoCompanyName"] = IndicatorField.Companies,
        ["InitiatingProcessVersionInfoCompanyName"] = IndicatorField.Companies,
        ["ProcessVersionInfoProductName"] = IndicatorField.Products,
        ["InitiatingProcessVersionInfoProductName"] = IndicatorField.Products,
        ["Signer"] = IndicatorField.Signers,
        ["FileName"] = IndicatorField.ProcessNames,
        ["InitiatingProcessFileName"] = IndicatorField.ProcessNames,
        ["ProcessVersionInfoOriginalFileName"] = IndicatorField.OriginalFileNames,
        ["InitiatingProcessVersionInfoOriginalFileName"] = IndicatorField.OriginalFileNames,
    };

    /// <summary>Operators whose literal is a value of the field: a term for <c>has</c>, the whole value for equality.</summary>
    private static readonly HashSet<string> ValueOperators = new(StringComparer.Ordinal) { "has", "has_any", "==", "=~", "in", "in~" };

    /// <summary>Adds the query's indicators to <paramref name="entry"/>; false when the query does not parse.</summary>
    public static bool Read(string query, string source, SourceEntry entry)
    {
        var diagnostics = new List<Diagnostic>();
        var text = Parser.Parse(query, diagnostics);
        if (diagnostics.Any(d => d.IsError)) return false;
        foreach (var statement in text.Statements)
        {
            switch (statement)
            {
                case LetStatement let: Walk(let.Value, source, entry); break;
                case QueryStatement q: Walk(q.Query, source, entry); break;
            }
        }
        return true;
    }

    private static void Walk(Expr expr, string source, SourceEntry entry)
    {
        if (expr is not PipeExpr pipe) return;
        Walk(pipe.Input, source, entry);
        if (pipe.Operator is WhereOperator where) Predicate(where.Predicate, source, entry);
    }

    private static void Predicate(Expr predicate, string source, SourceEntry entry)
    {
        switch (predicate)
        {
            case BinaryExpr { Operator: "and" or "or" } logical:
                Predicate(logical.Left, source, entry);
                Predicate(logical.Right, source, entry);
                break;
            case BinaryExpr { Left: NameExpr column, Right: LiteralExpr { Value: string value } } comparison:
                Comparison(column.Name, comparison.Operator, [value], source, entry);
                break;
            case ListOperatorExpr { Left: NameExpr column } list:
                var values = list.Items.OfType<LiteralExpr>().Select(l => l.Value).OfType<string>().ToList();
                Comparison(column.Name, list.Operator, values, source, entry);
                break;
        }
    }

    private static void Comparison(string column, string op, IReadOnlyList<string> values, string source, SourceEntry entry)
    {
        bool modelled = FieldOfColumn.TryGetValue(column, out var field) && ValueOperators.Contains(op);
        foreach (var value in values)
        {
            if (modelled) entry.Add(field!, value, source, authoritative: true);
            else entry.Unmodelled.Add(new UnmodelledCondition(column, op, value, source));
        }
    }
}
