using System.CommandLine;
using System.Text;
using RmmHunt.Cli.Limits;
using RmmHunt.Hunting.Exclusions;
using RmmHunt.Hunting.Findings;
using RmmHunt.Hunting.Reports;
using RmmHunt.Hunting.Rules;
using RmmHunt.Hunting.Runner;

namespace RmmHunt.Cli.Commands;

/// <summary>
/// <c>rmmhunt hunt --data ... [--rules PATH] [--exclusions FILE] [--now T]</c>: runs every rule over the
/// inputs in one pass and reports findings, suppressions and the input accounting.
/// </summary>
internal static class HuntCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var rules = new Option<string[]>("--rules", "-r")
        {
            Description = "Rule files or directories (Sentinel hunting-query YAML). Default: the built-in pack.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "PATH",
        };
        var exclusions = new Option<string?>("--exclusions", "-x")
        {
            Description = "Exclusions file for known-benign activity.",
            HelpName = "FILE",
        };
        var noExclusions = new Option<bool>("--no-exclusions") { Description = "Show everything: apply no exclusion." };
        var now = CommonOptions.Now();
        var format = CommonOptions.Format();
        var output = CommonOptions.Output();
        var externalData = CommonOptions.ExternalData();
        var inputHandling = CommonOptions.InputHandling();
        var limits = new LimitOptions();
        var command = new Command("hunt", "Run hunting rules over telemetry and report findings.")
        {
            data, rules, exclusions, noExclusions, now, format, output, externalData, inputHandling.MaxErrors, inputHandling.Strict, inputHandling.Quiet,
        };
        foreach (var option in limits.All) command.Options.Add(option);
        command.SetAction((parse, cancellation) => CliRun.Start(cancellation, limits.Read(parse), scope => Run(
            parse.GetValue(data)!, parse.GetValue(rules) ?? [], parse.GetValue(exclusions), parse.GetValue(noExclusions),
            parse.GetValue(now), parse.GetValue(format), parse.GetValue(output), parse.GetValue(externalData) ?? [], CommonOptions.Read(parse, inputHandling), scope)));
        return command;
    }

    private static int Run(string[] data, string[] rulePaths, string? exclusionPath, bool noExclusions, DateTime? now,
        OutputFormat format, string? output, string[] externalData, InputOptions inputOptions, RunScope scope)
    {
        var cancellation = scope.Token;
        var loaded = (rulePaths.Length > 0 ? rulePaths : [BuiltInRules.Directory]).Select(p => RuleLoader.Load(p)).ToList();
        var ruleSet = loaded.SelectMany(l => l.Rules).ToList();
        var ruleErrors = loaded.SelectMany(l => l.Errors).ToList();
        foreach (var error in ruleErrors) Console.Error.Write(error.Format());
        ExclusionSet? exclusionSet = null;
        if (!noExclusions && exclusionPath is not null)
        {
            exclusionSet = ExclusionSet.Load(exclusionPath);
            foreach (var error in exclusionSet.Errors) Console.Error.Write(error.Format());
            if (exclusionSet.HasErrors) return ExitCodes.QueryError;
        }
        var inputs = Inputs.Open(data, inputOptions, scope.Formats);
        var runner = new HuntRunner(inputs, inputs);
        var options = new HuntOptions(now ?? DateTime.UtcNow, ApplyExclusions: !noExclusions) { ExternalData = ExternalCopies.From(externalData), Memory = scope.Memory };
        var hunt = InputProgress.Run(inputs, inputOptions, () => runner.Run(ruleSet, exclusionSet, options, cancellation));
        switch (format)
        {
            case OutputFormat.Json:
                OutputFile.Write(output, stream => HuntJsonReport.Write(stream, hunt, inputs.Files), cancellation);
                break;
            case OutputFormat.Csv:
                OutputFile.Write(output, stream =>
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                    FindingsCsv.Write(writer, hunt.Rules.Where(r => r.Result is not null).SelectMany(r => FindingExtractor.From(r.Rule, r.Result!)));
                }, cancellation);
                break;
            default:
                if (output is null) HuntConsole.Print(ConsoleTables.Standard(), hunt);
                else OutputFile.Write(output, stream =>
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                    HuntConsole.Print(ConsoleTables.Plain(writer), hunt);
                }, cancellation);
                break;
        }
        InputSummary.Print(inputs, Console.Error);
        int skipped = ruleErrors.Count(e => e.IsError) + hunt.Rules.Count(r => r.Status == RuleStatus.Failed);
        int ran = hunt.Rules.Count(r => r.Status == RuleStatus.Ran);
        int notRun = hunt.Rules.Count(r => r.Status == RuleStatus.NotRun);
        Console.Error.WriteLine($"{ran} rules run, {skipped} skipped, {notRun} not run (no data); {hunt.FindingRows} finding rows");
        return skipped > 0 ? ExitCodes.QueryError : ExitCodes.Ok;
    }
}
