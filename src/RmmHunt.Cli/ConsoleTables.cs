using RmmHunt.Engine.Execution;
using RmmHunt.Kql.Values;
using Spectre.Console;

namespace RmmHunt.Cli;

/// <summary>Query results as terminal tables.</summary>
internal static class ConsoleTables
{
    /// <summary>Longer values are cut in the terminal view; JSON and CSV output keep them whole.</summary>
    private const int MaxCellLength = 120;

    public static Table From(ResultTable result)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in result.Schema.Columns) table.AddColumn(new TableColumn(new Text(column.Name, new Style(decoration: Decoration.Bold))));
        foreach (var row in result.Rows())
        {
            table.AddRow(row.Select(v => (Spectre.Console.Rendering.IRenderable)new Text(Cut(ScalarFormat.ToText(v)))).ToArray());
        }
        return table;
    }

    public static string Cut(string text) => text.Length <= MaxCellLength ? text : text[..(MaxCellLength - 1)] + "…";
}
