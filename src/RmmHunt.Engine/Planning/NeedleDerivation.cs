using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Planning;

/// <summary>
/// Derives from the filters directly above a table scan the strings a row must contain to pass them:
/// a row that passes <c>RemoteUrl has 'server-eye.de'</c> contains "server-eye.de" in its raw text.
/// Only necessary conditions are derived (never <c>!has</c>, <c>not()</c>...), so skipping rows that
/// lack them can never drop a row the query would keep.
/// </summary>
public static class NeedleDerivation
{
    private static readonly HashSet<string> SubstringPredicates = new(StringComparer.Ordinal)
    {
        "has", "has_cs", "hasprefix", "hasprefix_cs", "hassuffix", "hassuffix_cs", "contains", "contains_cs",
        "startswith", "startswith_cs", "endswith", "endswith_cs", "==", "=~",
    };

    /// <summary>The clauses every passing row satisfies, or null when the filters give none.</summary>
    public static NeedleConjunction? Derive(IEnumerable<BoundExpr> predicates)
    {
        var clauses = predicates.SelectMany(ClausesOf).ToList();
        return clauses.Count == 0 ? null : new NeedleConjunction(clauses);
    }

    /// <summary>A conjunction of clauses implied by the predicate (empty when nothing can be derived).</summary>
    private static IReadOnlyList<NeedleClause> ClausesOf(BoundExpr predicate)
    {
        switch (predicate)
        {
            case BoundCall { Function.Name: "and" } and:
                return and.Args.SelectMany(ClausesOf).ToList();
            case BoundCall { Function.Name: "or" } or:
            {
                // Each side must imply some clause; their strongest clauses combine into one alternative list.
                var left = Strongest(ClausesOf(or.Args[0]));
                var right = Strongest(ClausesOf(or.Args[1]));
                if (left is null || right is null) return [];
                return [Either(left, right)];
            }
            case BoundCall call when SubstringPredicates.Contains(call.Function.Name)
                                     && IsRawStringColumn(call.Args[0]) && call.Args[1] is BoundLiteral { Value: string needle }:
                return needle.Length == 0 ? [] : [NeedleClause.In(((BoundColumn)call.Args[0]).Name, [needle])];
            case BoundListOperator { Operator: "in" or "in~" or "has_any" } list when IsRawStringColumn(list.Value) && list.Subquery is null:
                var items = ConstantStrings(list.Items);
                return items is null || items.Count == 0 || items.Any(i => i.Length == 0) ? [] : [NeedleClause.In(((BoundColumn)list.Value).Name, items)];
            case BoundListOperator { Operator: "has_all" } all when IsRawStringColumn(all.Value) && all.Subquery is null:
                var required = ConstantStrings(all.Items);
                return required is null ? [] : required.Where(i => i.Length > 0).Select(i => NeedleClause.In(((BoundColumn)all.Value).Name, [i])).ToList();
            default:
                return [];
        }
    }

    // The two methods below are loops over strings rather than LINQ over (needle, column) tuples and sort
    // keys: the published command has no ahead-of-time code for generic code over value types and compiles
    // it at every start (about 25 methods for these two), and a rule pack plans hundreds of 'or's.

    /// <summary>One clause satisfied when either is: the needles of both, each (needle, column) once, in order.</summary>
    private static NeedleClause Either(NeedleClause left, NeedleClause right)
    {
        var needles = new List<string>();
        var columns = new List<string?>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in new[] { left, right })
        {
            for (int i = 0; i < clause.AnyOf.Count; i++)
            {
                string needle = clause.AnyOf[i];
                string? column = clause.ColumnOf(i);
                // Length-prefixed, so that no two (column, needle) pairs share a key.
                if (!seen.Add($"{column?.Length ?? -1}:{column}{needle}")) continue;
                needles.Add(needle);
                columns.Add(column);
            }
        }
        return new NeedleClause(needles, columns);
    }

    /// <summary>The clause most likely to exclude rows: the one whose shortest needle is longest, then the one with fewer needles, then the first.</summary>
    private static NeedleClause? Strongest(IReadOnlyList<NeedleClause> clauses)
    {
        NeedleClause? best = null;
        int bestShortest = 0;
        foreach (var clause in clauses)
        {
            int shortest = int.MaxValue;
            foreach (string needle in clause.AnyOf) shortest = Math.Min(shortest, needle.Length);
            if (best is null || shortest > bestShortest || (shortest == bestShortest && clause.AnyOf.Count < best.AnyOf.Count))
                (best, bestShortest) = (clause, shortest);
        }
        return best;
    }

    private static bool IsRawStringColumn(BoundExpr expr) => expr is BoundColumn { Type: KqlType.String };

    private static List<string>? ConstantStrings(IEnumerable<BoundExpr> items)
    {
        var result = new List<string>();
        foreach (var item in items)
        {
            switch (item)
            {
                case BoundLiteral { Value: string s }:
                    result.Add(s);
                    break;
                case BoundLiteral { Value: DynArray array } when array.All(e => e is string):
                    result.AddRange(array.Cast<string>());
                    break;
                default:
                    return null;
            }
        }
        return result;
    }
}
