using RmmHunt.Engine.Execution;
using RmmHunt.Kql.Values;
using Spectre.Console;

namespace RmmHunt.Cli;

/// <summary>
/// Query results as terminal tables, made for reading: datetimes to the second, long values cut.
/// JSON and CSV output keep every value whole.
/// </summary>
internal static class ConsoleTables
{
    private const int MaxCellLength = 80;

    public static Table From(ResultTable result)
    {
        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        foreach (var column in result.Schema.Columns) table.AddColumn(new TableColumn(new Text(column.Name, new Style(decoration: Decoration.Bold))));
        foreach (var row in result.Rows())
        {
            table.AddRow(row.Select(v => (Spectre.Console.Rendering.IRenderable)new Text(Display(v))).ToArray());
        }
        return table;
    }

    public static string Display(object? value) => value switch
    {
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        _ => Cut(ScalarFormat.ToText(value)),
    };

    public static string Cut(string text) => text.Length <= MaxCellLength ? text : text[..(MaxCellLength - 1)] + "…";

    /// <summary>A console for output that is not a terminal: no colours and no wrapping at 80 columns.</summary>
    public static IAnsiConsole Plain(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer) });
        console.Profile.Width = 1000;
        return console;
    }

    /// <summary>The terminal, or a plain wide console when standard output is redirected.</summary>
    public static IAnsiConsole Standard() => Console.IsOutputRedirected ? Plain(Console.Out) : AnsiConsole.Console;
}
