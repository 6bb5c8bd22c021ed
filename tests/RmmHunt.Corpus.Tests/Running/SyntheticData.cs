using RmmHunt.Data.Schemas;
using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Generator.Synthetic;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;
using RmmHunt.Kql.Values;

namespace RmmHunt.Corpus.Tests.Running;

/// <summary>
/// Built-in tables filled with generated rows (Defender and Sentinel columns alike), held in memory:
/// what the corpus queries run over. The window ends at <see cref="Now"/>.
/// </summary>
internal static class SyntheticData
{
    public static SyntheticOptions Options { get; } = SyntheticOptions.Default;

    /// <summary>The pinned <c>now()</c> of every run: the end of the generated window.</summary>
    public static DateTime Now => Options.End;

    /// <summary>The seed of rand() in every run, so that the report's row counts do not change between runs.</summary>
    public const int Seed = 20241007;

    /// <summary>
    /// The tables a query names, filled with rows of which about half take the values the query filters
    /// by (<see cref="LiteralHints"/>); tables it does not name stay without data.
    /// </summary>
    public static TableSet For(string query)
    {
        var hints = LiteralHints.From(query);
        var names = Lexer.Tokenize(query, []).Where(t => t.Is(TokenKind.Identifier)).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var tables = new TableSet();
        foreach (var table in BuiltInSchemas.Instance.Tables.Where(t => names.Contains(t.Name)))
            tables.Add(new InMemoryTableSource(table.Name, Fill(table.Schema, hints)));
        return tables;
    }

    public static ResultTable Fill(TableSchema schema, IReadOnlyDictionary<string, IReadOnlyList<string>> hints)
    {
        var columns = schema.Columns.Select(c => new SyntheticColumn(c.Name, c.Type.Name())).ToList();
        var rows = SyntheticTables.Generate(schema.Name, columns, Options with { Hints = hints });
        var builders = schema.Columns.Select(c => ColumnBuilder.Create(c.Type, rows.Count)).ToArray();
        foreach (var row in rows)
        {
            for (int c = 0; c < builders.Length; c++)
                builders[c].Add(schema.Columns[c].Type == KqlType.Dynamic ? Dynamic(row[c]) : row[c]);
        }
        return new ResultTable(schema, builders.Select(b => b.Build()).ToArray(), rows.Count);
    }

    private static object? Dynamic(object? json) =>
        json is string text && DynJson.TryParse(text, out var value) ? value : throw new InvalidDataException($"the generator wrote invalid JSON: {json}");
}
