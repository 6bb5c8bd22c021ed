using RmmHunt.Hunting.Findings;
using RmmHunt.Hunting.Reports;
using RmmHunt.Hunting.Reports.Model;
using RmmHunt.Hunting.Runner;
using RmmHunt.Kql.Values;
using Spectre.Console;

namespace RmmHunt.Cli;

/// <summary>
/// A hunt in the terminal: per rule with findings a header with its ATT&amp;CK mapping, its findings
/// coloured by severity and what exclusions suppressed; then the suppressions, why rules were skipped,
/// and the summaries per tool and per device a hunter reads first.
/// </summary>
internal static class HuntConsole
{
    public static void Print(IAnsiConsole console, HuntReport report)
    {
        console.MarkupLine($"[bold]RmmHunt[/] [grey]now = {Markup.Escape(ScalarFormat.DateTime(report.Now))}[/]");
        var findings = report.Findings.ToLookup(f => f.RuleId, StringComparer.OrdinalIgnoreCase);
        var shown = report.Rules.Where(r => r.Status == RuleStatus.Ran && (findings[r.Rule.Id].Any() || r.SuppressedEvents > 0))
            .OrderBy(r => SeverityLevels.Rank(r.Rule.Severity)).ThenBy(r => r.Rule.Tool ?? r.Rule.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var rule in shown) PrintRule(console, rule, findings[rule.Rule.Id].ToList());
        PrintSuppressions(console, report);
        PrintSkipped(console, report);
        PrintTools(console, report);
        PrintDevices(console, report);
        console.WriteLine();
        console.MarkupLine($"[bold]Summary[/]: {report.RulesRun} rule(s) ran, {report.Skipped.Count} skipped, "
            + $"[bold]{report.Findings.Count}[/] finding(s) on {report.Devices.Count} device(s), {report.SuppressedEvents} event(s) suppressed by exclusions");
    }

    private static void PrintRule(IAnsiConsole console, RuleOutcome outcome, List<Finding> findings)
    {
        var rule = outcome.Rule;
        console.WriteLine();
        if (outcome.Warnings is { } warnings) console.Write(new Spectre.Console.Text(warnings, new Style(Color.Grey)));
        string mapping = string.Join(" · ", rule.Tactics.Concat(rule.RelevantTechniques));
        string color = findings.Count > 0 ? SeverityColor(rule.Severity) : "green";
        console.MarkupLine($"[{color} bold]{findings.Count} finding(s)[/] {Markup.Escape(rule.Name)} [grey]{Markup.Escape(rule.Id)}[/]"
            + (mapping.Length > 0 ? $" [blue]{Markup.Escape(mapping)}[/]" : ""));
        if (findings.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
            foreach (var header in new[] { "Severity", "Tool", "Device", "Account", "Remote / file", "Process", "First seen", "Last seen", "Count" }) table.AddColumn(header);
            foreach (var f in findings)
            {
                table.AddRow(
                    new Markup($"[{SeverityColor(f.Severity)}]{Markup.Escape(f.Severity ?? "-")}[/]"), Text(f.Tool), Text(f.Device), Text(f.Account),
                    Text(f.RemoteUrl ?? f.RemoteIp ?? f.FileHash), Text(f.Process), Text(ReportText.Time(f.FirstSeen)), Text(ReportText.Time(f.LastSeen)), Text(f.Count?.ToString()));
            }
            console.Write(table);
        }
        foreach (var suppression in outcome.Suppressions.Where(s => s.Events > 0))
            console.MarkupLine($"  [grey]{suppression.Events} event(s) suppressed by {Markup.Escape(suppression.ExclusionId)}: {Markup.Escape(suppression.Description)}[/]");
    }

    private static void PrintSuppressions(IAnsiConsole console, HuntReport report)
    {
        if (report.Suppressions.Count == 0) return;
        console.WriteLine();
        console.MarkupLine("[bold]Suppressions[/] (exclusions and sanctioned tools)");
        var table = Grid("Id", "Kind", "Scope", "Owner", "Reason", "Expires", "Events");
        foreach (var s in report.Suppressions)
        {
            table.AddRow(Text(s.Id), Text(s.Kind), Text(s.Scope), Text(s.Owner), Text(s.Reason ?? s.Description),
                s.Expired ? new Markup($"[red]{Markup.Escape(s.Expires ?? "")} expired[/]") : Text(s.Expires), Text(ReportText.Number(s.Events)));
        }
        console.Write(table);
    }

    private static void PrintSkipped(IAnsiConsole console, HuntReport report)
    {
        if (report.SkipGroups.Count == 0) return;
        console.WriteLine();
        console.MarkupLine($"[yellow bold]{report.Skipped.Count} rule(s) skipped[/] (each with file, line and column on standard error):");
        var table = Grid("Rules", "Reason");
        foreach (var group in report.SkipGroups) table.AddRow(Text(group.Count.ToString()), Text(group.Reason));
        console.Write(table);
    }

    private static void PrintTools(IAnsiConsole console, HuntReport report)
    {
        console.WriteLine();
        console.MarkupLine("[bold]By tool[/]");
        if (report.Tools.Count == 0)
        {
            console.MarkupLine("  [green]no RMM tool found[/]");
            return;
        }
        var table = Grid("Tool", "Findings", "Devices", "Highest severity", "First seen", "Last seen", "Suppressed events");
        foreach (var t in report.Tools)
        {
            table.AddRow(Text(t.Tool), Text(t.Findings.ToString()), Text(t.Devices.Count.ToString()), new Markup($"[{SeverityColor(t.HighestSeverity)}]{t.HighestSeverity}[/]"),
                Text(ReportText.Time(t.FirstSeen)), Text(ReportText.Time(t.LastSeen)), Text(ReportText.Number(t.SuppressedEvents)));
        }
        console.Write(table);
    }

    private static void PrintDevices(IAnsiConsole console, HuntReport report)
    {
        console.WriteLine();
        console.MarkupLine("[bold]By device[/]");
        if (report.Devices.Count == 0)
        {
            console.MarkupLine("  [green]no device with findings[/]");
            return;
        }
        var table = Grid("Device", "Findings", "Tools", "Highest severity", "First seen", "Last seen");
        foreach (var d in report.Devices)
        {
            table.AddRow(Text(d.Device), Text(d.Findings.ToString()), Text(string.Join(", ", d.Tools)), new Markup($"[{SeverityColor(d.HighestSeverity)}]{d.HighestSeverity}[/]"),
                Text(ReportText.Time(d.FirstSeen)), Text(ReportText.Time(d.LastSeen)));
        }
        console.Write(table);
    }

    private static Table Grid(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        foreach (var header in headers) table.AddColumn(header);
        return table;
    }

    private static Text Text(string? value) => new(ConsoleTables.Cut(value ?? ""));

    private static string SeverityColor(string? severity) => SeverityLevels.Rank(severity) switch
    {
        0 => "red",
        1 => "darkorange",
        2 => "yellow",
        _ => "blue",
    };
}
