using System.CommandLine;
using RmmHunt.Hunting.Rules;

namespace RmmHunt.Cli.Commands;

/// <summary><c>rmmhunt rules show ID [--rules PATH]</c>: everything a rule says, and where it is.</summary>
internal static class RulesShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The rule's id (or a unique prefix of it), or its file's name (anydesk_network)." };
        var rules = RuleSource.Option();
        var command = new Command("show", "Show one rule: metadata, ATT&CK mapping, entity mappings and query.") { id, rules };
        command.SetAction((parse, cancellation) => CliRun.Start(cancellation, Limits.RunLimits.Default, scope =>
        {
            var (loaded, _) = RuleSource.Load(parse.GetValue(rules) ?? [], TextWriter.Null);
            Print(Find(loaded, parse.GetValue(id)!), Console.Out);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// The rule <paramref name="wanted"/> names: by id, unique id prefix or file name. Otherwise the error
    /// lists the rules it could mean (those whose id starts with it, or whose tool's name holds it), since a
    /// hunter often types the tool.
    /// </summary>
    private static HuntingRule Find(IReadOnlyList<HuntingRule> rules, string wanted)
    {
        var byId = rules.Where(r => r.Id.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        var exact = byId.FirstOrDefault(r => string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        if (byId.Count == 1) return byId[0];
        var byFile = rules.Where(r => string.Equals(Path.GetFileName(r.SourcePath), wanted, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Path.GetFileNameWithoutExtension(r.SourcePath), wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byFile.Count == 1) return byFile[0];
        if (byId.Count > 1) throw new UsageException($"{byId.Count} rules have ids starting with {wanted}; give more of it:{Candidates(byId)}");
        if (byFile.Count > 1) throw new UsageException($"{byFile.Count} rule files are named {wanted}; give the id:{Candidates(byFile)}");
        var byTool = rules.Where(r => r.Tool?.Contains(wanted, StringComparison.OrdinalIgnoreCase) == true).ToList();
        throw new UsageException(byTool.Count == 0
            ? $"no rule has the id or file name {wanted} (rmmhunt rules list shows them)"
            : $"no rule has the id or file name {wanted}; rules of tools whose name holds it:{Candidates(byTool)}");
    }

    private const int MaxCandidates = 10;

    private static string Candidates(List<HuntingRule> rules) =>
        string.Concat(rules.Take(MaxCandidates).Select(r => $"\n  {r.Id}  {r.Name}"))
        + (rules.Count > MaxCandidates ? $"\n  ... and {rules.Count - MaxCandidates} more (rmmhunt rules list)" : "");

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
