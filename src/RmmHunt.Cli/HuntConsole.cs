using RmmHunt.Hunting.Runner;
using Spectre.Console;

namespace RmmHunt.Cli;

/// <summary>A hunt in the terminal: per rule its findings table, its suppressions, then a summary.</summary>
internal static class HuntConsole
{
    public static void Print(HuntResult hunt, string? path)
    {
        var console = path is null ? AnsiConsole.Console : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StreamWriter(path)), Ansi = AnsiSupport.No });
        console.MarkupLine($"[bold]RmmHunt[/] now = {Markup.Escape(Kql.Values.ScalarFormat.DateTime(hunt.Now))}");
        foreach (var rule in hunt.Rules)
        {
            console.WriteLine();
            string title = Markup.Escape($"{rule.Rule.Name} ({rule.Rule.Id})");
            switch (rule.Status)
            {
                case RuleStatus.Failed:
                    console.MarkupLine($"[red]FAILED[/] {title}");
                    console.WriteLine(rule.Message ?? "");
                    continue;
                case RuleStatus.NotRun:
                    console.MarkupLine($"[yellow]NOT RUN[/] {title}: {Markup.Escape(rule.Message ?? "")}");
                    continue;
            }
            var result = rule.Result!;
            string color = result.RowCount > 0 ? "red" : "green";
            console.MarkupLine($"[{color}]{result.RowCount} finding(s)[/] {title}");
            if (result.RowCount > 0) console.Write(ConsoleTables.From(result));
            foreach (var suppression in rule.Suppressions)
                console.MarkupLine($"  [grey]suppressed {suppression.Events} event(s) by exclusion {Markup.Escape(suppression.ExclusionId)}[/]");
        }
    }
}
