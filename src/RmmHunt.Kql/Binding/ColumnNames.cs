using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Symbols.Catalog;
using RmmHunt.Kql.Syntax;

namespace RmmHunt.Kql.Binding;

/// <summary>The names Kusto gives columns the query did not name.</summary>
internal static class ColumnNames
{
    /// <summary>
    /// The natural name of an expression, or null (then the caller uses <c>Column1</c>...).
    /// <paramref name="hasColumn"/> tells whether the input has a column (for <c>column_ifexists</c>).
    /// </summary>
    public static string? ResultName(Expr expr, Func<string, bool>? hasColumn = null)
    {
        switch (expr)
        {
            case NameExpr name:
                return name.Name;
            case MemberExpr member:
                return Join(ResultName(member.Target), member.Member);
            case IndexExpr index when index.Index is LiteralExpr { Value: string or long } literal:
                return Join(ResultName(index.Target), Convert.ToString(literal.Value, System.Globalization.CultureInfo.InvariantCulture)!);
            case CallExpr call:
                var function = FunctionCatalog.Scalars.GetValueOrDefault(call.Name) ?? FunctionCatalog.Aggregates.GetValueOrDefault(call.Name);
                if (function is null) return null;
                if (function.Name == "percentile" && call.Args.Count == 2) return Percentile(call.Args[0], call.Args[1]);
                string? first = call.Args.Count > 0 ? ResultName(call.Args[0]) : null;
                return function.Naming switch
                {
                    ResultNaming.FirstArgument => first,
                    ResultNaming.PrefixAndFirstArgument => function.NamePrefix + "_" + (first ?? ""),
                    ResultNaming.PrefixOnly => function.NamePrefix,
                    ResultNaming.OnlyArgument => call.Args.Count == 1 ? first : null,
                    // Kusto.Language names the sorted arrays of array_sort_asc "A_sorted", or "array0_sorted" when A has no name.
                    ResultNaming.FirstArgumentAndSuffix => (string.IsNullOrEmpty(first) ? "array0" : first) + function.NamePrefix,
                    ResultNaming.FirstArgumentValueIfColumn =>
                        call.Args.Count > 0 && call.Args[0] is LiteralExpr { Value: string column } && hasColumn?.Invoke(column) == true ? column : null,
                    _ => null,
                };
            default:
                return null;
        }
    }

    /// <summary>percentile_x_95, percentile_x_99_5: the value's name and the percentile, '.' written '_' (Kusto.Language's AddPercentileColumns).</summary>
    public static string Percentile(Expr value, Expr percentile)
    {
        string fragment = percentile is LiteralExpr { Value: { } p }
            ? Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture)!.Replace('.', '_').Replace('-', '_') : "";
        return $"percentile_{ResultName(value) ?? ""}_{fragment}";
    }

    private static string? Join(string? left, string right) => string.IsNullOrWhiteSpace(left) ? right : left + "_" + right;

    /// <summary><c>Column1</c>, <c>Column2</c>...: the first not yet taken.</summary>
    public static string NextDefault(ICollection<string> taken)
    {
        for (int i = 1; ; i++)
        {
            string name = "Column" + i;
            if (!taken.Contains(name)) return name;
        }
    }

    /// <summary>The name itself if free, else the name with the first free numeric suffix (<c>count_1</c>).</summary>
    public static string Unique(string name, ICollection<string> taken)
    {
        if (!taken.Contains(name)) return name;
        for (int i = 1; ; i++)
        {
            if (!taken.Contains(name + i)) return name + i;
        }
    }
}
