using System.CommandLine;
using RmmHunt.Hunting.Rules;

namespace RmmHunt.Cli.Commands;

/// <summary><c>rmmhunt rules show ID [--rules PATH]</c>: everything a rule says, and where it is.</summary>
internal static class RulesShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The rule's id (or a unique prefix of it)." };
        var rules = RuleSource.Option();
        var command = new Command("show", "Show one rule: metadata, ATT&CK mapping, entity mappings and query.") { id, rules };
        command.SetAction((parse, cancellation) => CliRun.Start(cancellation, Limits.RunLimits.Default, scope =>
        {
            var (loaded, _) = RuleSource.Load(parse.GetValue(rules) ?? [], TextWriter.Null);
            string wanted = parse.GetValue(id)!;
            var matches = loaded.Where(r => r.Id.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)).ToList();
            var exact = matches.FirstOrDefault(r => string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase));
            if (exact is null && matches.Count != 1)
                throw new UsageException(matches.Count == 0 ? $"no rule has the id {wanted}" : $"{matches.Count} rules have ids starting with {wanted}; give more of it");
            Print(exact ?? matches[0], Console.Out);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Print(HuntingRule rule, TextWriter output)
    {
        output.WriteLine($"id:          {rule.Id}");
        output.WriteLine($"name:        {rule.Name}");
        output.WriteLine($"file:        {rule.SourcePath}");
        output.WriteLine($"tool:        {rule.Tool ?? "(none)"}");
        output.WriteLine($"tables:      {string.Join(", ", rule.DataTypes)}");
        output.WriteLine($"severity:    {rule.Severity ?? "(not set)"}");
        output.WriteLine($"tactics:     {string.Join(", ", rule.Tactics)}");
        output.WriteLine($"techniques:  {string.Join(", ", rule.RelevantTechniques)}");
        if (rule.Tags.Count > 0) output.WriteLine($"tags:        {string.Join(", ", rule.Tags)}");
        foreach (var entity in rule.EntityMappings)
            output.WriteLine($"entity:      {entity.EntityType} ({string.Join(", ", entity.FieldMappings.Select(f => $"{f.Identifier} = {f.ColumnName}"))})");
        output.WriteLine();
        output.WriteLine(rule.Description.TrimEnd());
        output.WriteLine();
        output.WriteLine(rule.Query.TrimEnd());
    }
}
