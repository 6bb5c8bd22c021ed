using RmmHunt.Kql.Symbols.Catalog;
using RmmHunt.Testing;

namespace RmmHunt.Engine.Tests.Conformance;

/// <summary>
/// One example of the KQL documentation with the output the docs print (reference/kql/conformance,
/// CC-BY-4.0 / MIT, "Kusto Query Language documentation" by Microsoft and contributors).
/// </summary>
internal sealed record ConformanceCase(string Name, string Query, List<string[]> Expected, IReadOnlySet<string> Tokens, bool Ordered, string Notes, string DocUrl)
{
    public static string Folder => Path.Combine(RepoPaths.Reference, "kql", "conformance");

    /// <summary>The operators and keywords the engine supports, in the manifest's token vocabulary.</summary>
    private static readonly HashSet<string> SupportedOperators = new(StringComparer.Ordinal)
    {
        "print", "let", "datatable", "where", "extend", "project", "project-away", "project-keep", "project-rename",
        "project-reorder", "summarize", "sort", "order", "take", "limit", "top", "distinct", "count", "<udf>",
        "has", "!has", "has_cs", "!has_cs", "hasprefix", "hassuffix", "contains", "!contains", "contains_cs", "startswith",
        "!startswith", "endswith", "!endswith", "startswith_cs", "endswith_cs", "==", "!=", "=~", "!~", "in", "!in", "in~",
        "!in~", "has_any", "has_all", "between", "!between", "matches", "and", "or",
        "join", "lookup", "union", "mv-expand", "parse", "parse-where", "range", "as", "make-series", "invoke",
        "dynamic()", "datetime()", "timespan()", "time()", "guid()", "int()", "long()", "real()", "double()", "bool()",
        "decimal()", "string()", "materialize()", "toscalar()", "typeof()",
    };

    /// <summary>Functions count as supported when the catalog has them (so new functions widen the scope by themselves).</summary>
    private static bool Supported(string token) =>
        SupportedOperators.Contains(token)
        || (token.EndsWith("()", StringComparison.Ordinal)
            && (Kql.Symbols.Catalog.FunctionCatalog.Scalars.ContainsKey(token[..^2]) || Kql.Symbols.Catalog.FunctionCatalog.Aggregates.ContainsKey(token[..^2])));

    public static IReadOnlyList<ConformanceCase> All { get; } = Load();

    /// <summary>The cases whose every operator and function is one the engine supports.</summary>
    public static IReadOnlyList<ConformanceCase> InScope { get; } = All.Where(c => c.Tokens.All(Supported)).ToArray();

    private static List<ConformanceCase> Load()
    {
        var manifest = CsvText.Read(Path.Combine(Folder, "manifest.csv"));
        var header = manifest[0];
        int Col(string name) => Array.IndexOf(header, name);
        int name = Col("case"), operators = Col("operators"), ordered = Col("ordered"), notes = Col("notes"), url = Col("doc_url");
        var cases = new List<ConformanceCase>();
        foreach (var row in manifest.Skip(1).Where(r => r.Length == header.Length))
        {
            string stem = Path.Combine(Folder, "cases", row[name]);
            cases.Add(new ConformanceCase(
                row[name],
                File.ReadAllText(stem + ".kql"),
                CsvText.Read(stem + ".expected.csv"),
                row[operators].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal),
                row[ordered] == "true",
                row[notes],
                row[url]));
        }
        return cases;
    }

    public override string ToString() => Name;
}
