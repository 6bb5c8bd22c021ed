using System.CommandLine;
using Spectre.Console;

namespace RmmHunt.Cli.Commands;

/// <summary><c>rmmhunt rules list [--rules PATH] [--tool T] [--tactic T] [--technique T] [--table T]</c>.</summary>
internal static class RulesListCommand
{
    public static Command Create()
    {
        var rules = RuleSource.Option();
        var tool = new Option<string?>("--tool") { Description = "Only rules for this RMM tool (any of its names).", HelpName = "NAME" };
        var tactic = new Option<string?>("--tactic") { Description = "Only rules with this ATT&CK tactic (e.g. Persistence).", HelpName = "TACTIC" };
        var technique = new Option<string?>("--technique") { Description = "Only rules with this ATT&CK technique or a sub-technique of it (e.g. T1219).", HelpName = "ID" };
        var table = new Option<string?>("--table") { Description = "Only rules reading this table (e.g. DeviceProcessEvents).", HelpName = "TABLE" };
        var command = new Command("list", "List rules: id, tool, table, severity, ATT&CK mapping, name.") { rules, tool, tactic, technique, table };
        command.SetAction((parse, cancellation) => CliRun.Start(cancellation, Limits.RunLimits.Default, scope =>
        {
            var (loaded, errors) = RuleSource.Load(parse.GetValue(rules) ?? [], Console.Error);
            var filter = new RuleFilter(parse.GetValue(tool), parse.GetValue(tactic), parse.GetValue(technique), parse.GetValue(table));
            var selected = loaded.Where(filter.Matches).OrderBy(r => r.Tool ?? "", StringComparer.OrdinalIgnoreCase).ThenBy(r => r.DataTypes.FirstOrDefault()).ToList();
            var console = ConsoleTables.Standard();
            var grid = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
            foreach (var header in new[] { "Id", "Tool", "Table", "Severity", "Tactics", "Techniques", "Name" }) grid.AddColumn(header);
            foreach (var rule in selected)
            {
                grid.AddRow(new[] { rule.Id, rule.Tool ?? "", string.Join(", ", rule.DataTypes), rule.Severity ?? "", string.Join(", ", rule.Tactics), string.Join(", ", rule.RelevantTechniques), rule.Name }
                    .Select(v => new Text(v)).ToArray());
            }
            if (selected.Count > 0) console.Write(grid);
            console.WriteLine($"{selected.Count} of {loaded.Count} rule(s)");
            return errors.Any(e => e.IsError) ? ExitCodes.QueryError : ExitCodes.Ok;
        }));
        return command;
    }
}
