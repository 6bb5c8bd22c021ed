using RmmHunt.Hunting.Findings;
using RmmHunt.Hunting.Runner;
using RmmHunt.Kql.Values;
using Spectre.Console;

namespace RmmHunt.Cli;

/// <summary>
/// A hunt in the terminal: per rule a header with its ATT&amp;CK mapping, its findings table and what
/// exclusions suppressed; then a summary a hunter reads first.
/// </summary>
internal static class HuntConsole
{
    public static void Print(IAnsiConsole console, HuntResult hunt)
    {
        console.MarkupLine($"[bold]RmmHunt[/] [grey]now = {Markup.Escape(ScalarFormat.DateTime(hunt.Now))}[/]");
        foreach (var rule in hunt.Rules) PrintRule(console, rule);
        PrintSummary(console, hunt);
    }

    private static void PrintRule(IAnsiConsole console, RuleOutcome outcome)
    {
        var rule = outcome.Rule;
        console.WriteLine();
        if (outcome.Warnings is { } warnings) console.Write(new Spectre.Console.Text(warnings, new Style(Color.Grey)));
        string mapping = string.Join(" · ", rule.Tactics.Concat(rule.RelevantTechniques));
        string title = $"{Markup.Escape(rule.Name)} [grey]{Markup.Escape(rule.Id)}[/]" + (mapping.Length > 0 ? $" [blue]{Markup.Escape(mapping)}[/]" : "");
        switch (outcome.Status)
        {
            case RuleStatus.Failed:
                console.MarkupLine($"[red bold]FAILED[/] {title}");
                console.WriteLine(outcome.Message ?? "");
                return;
            case RuleStatus.NotRun:
                console.MarkupLine($"[yellow bold]NOT RUN[/] {title}: {Markup.Escape(outcome.Message ?? "")}");
                return;
        }
        var result = outcome.Result!;
        string color = result.RowCount > 0 ? SeverityColor(rule.Severity) : "green";
        console.MarkupLine($"[{color} bold]{result.RowCount} finding(s)[/] {title}");
        if (result.RowCount > 0) console.Write(ConsoleTables.From(result));
        foreach (var suppression in outcome.Suppressions.Where(s => s.Events > 0))
        {
            console.MarkupLine($"  [grey]{suppression.Events} event(s) suppressed by {Markup.Escape(suppression.ExclusionId)}: {Markup.Escape(suppression.Description)}[/]");
        }
    }

    private static void PrintSummary(IAnsiConsole console, HuntResult hunt)
    {
        var findings = hunt.Rules.Where(r => r.Result is not null).SelectMany(r => FindingExtractor.From(r.Rule, r.Result!)).ToList();
        int devices = findings.Select(f => f.Device).Where(d => d is not null).Distinct().Count();
        long suppressed = hunt.Rules.Sum(r => r.SuppressedEvents);
        console.WriteLine();
        console.MarkupLine($"[bold]Summary[/]: {hunt.Rules.Count(r => r.Status == RuleStatus.Ran)} rule(s) ran, "
            + $"[bold]{findings.Count}[/] finding(s) on {devices} device(s), {suppressed} event(s) suppressed by exclusions"
            + Problems(hunt));
    }

    private static string Problems(HuntResult hunt)
    {
        int failed = hunt.Rules.Count(r => r.Status == RuleStatus.Failed);
        int notRun = hunt.Rules.Count(r => r.Status == RuleStatus.NotRun);
        return (failed > 0 ? $", [red]{failed} failed[/]" : "") + (notRun > 0 ? $", [yellow]{notRun} not run (no data)[/]" : "");
    }

    private static string SeverityColor(string? severity) => severity?.ToLowerInvariant() switch
    {
        "high" => "red",
        "medium" => "darkorange",
        "low" => "yellow",
        "informational" => "blue",
        _ => "red",
    };
}
