using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Parsing;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;
using RmmHunt.Testing;

namespace RmmHunt.Kql.Tests;

/// <summary>Compiles and parses query text for tests, against the Defender XDR table schemas of the reference folder.</summary>
internal static class TestKql
{
    /// <summary>Every <c>*.defender.csv</c> schema under <c>reference/data/schema</c>.</summary>
    public static SchemaSet Defender { get; } = LoadSchemas();

    public static KqlCompilation Compile(string text) => KqlCompilation.Compile(text, Defender);

    public static Diagnostic[] Errors(string text) => Compile(text).Diagnostics.Where(d => d.IsError).ToArray();

    /// <summary>The formatted diagnostics of a query that must fail to compile.</summary>
    public static string ErrorText(string text)
    {
        var compilation = Compile(text);
        Assert.True(compilation.HasErrors, "expected the query to fail to compile: " + text);
        return compilation.FormatDiagnostics();
    }

    public static QueryText Parse(string text, out List<Diagnostic> diagnostics)
    {
        diagnostics = [];
        return Parser.Parse(text, diagnostics);
    }

    /// <summary>The syntax of one scalar expression, parsed as <c>print x = ...</c>; fails the test on any syntax error.</summary>
    public static Expr Expression(string text)
    {
        var query = Parse("print x = " + text, out var diagnostics);
        Assert.Empty(diagnostics);
        var print = Assert.IsType<PrintExpr>(Assert.IsType<QueryStatement>(Assert.Single(query.Statements)).Query);
        return Assert.Single(print.Items).Value;
    }

    /// <summary>The value of a literal expression (strings, numbers, timespans, typed literals).</summary>
    public static object? LiteralValue(string text) => Assert.IsType<LiteralExpr>(Expression(text)).Value;

    public static IReadOnlyList<Token> Tokens(string text)
    {
        var tokens = Lexer.Tokenize(text, []);
        return tokens.Take(tokens.Count - 1).ToArray(); // without the end-of-file token
    }

    private static SchemaSet LoadSchemas()
    {
        var folder = Path.Combine(RepoPaths.Reference, "data", "schema");
        var tables = new List<TableSchema>();
        foreach (var file in Directory.GetFiles(folder, "*.defender.csv").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(file)[..^".defender.csv".Length];
            var columns = CsvText.Read(file).Skip(1)
                .Where(r => r.Length >= 2 && KqlTypes.TryParse(r[1], out _))
                .Select(r => { KqlTypes.TryParse(r[1], out var type); return new ColumnSymbol(r[0], type); });
            tables.Add(new TableSchema(name, columns));
        }
        return new SchemaSet(tables);
    }
}
