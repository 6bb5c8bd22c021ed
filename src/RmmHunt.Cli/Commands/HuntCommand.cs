using System.CommandLine;
using System.Diagnostics;
using RmmHunt.Cli.Limits;
using RmmHunt.Hunting.Exclusions;
using RmmHunt.Hunting.Policy;
using RmmHunt.Hunting.Rules.Cache;
using RmmHunt.Hunting.Reports.Model;
using RmmHunt.Hunting.Runner;
using RmmHunt.Hunting.Inputs;

namespace RmmHunt.Cli.Commands;

/// <summary>
/// <c>rmmhunt hunt --data ... [--rules PATH] [--exclusions FILE] [--policy FILE] [--watchlist NAME=FILE] [--now T] [--format F] [--profile]</c>:
/// runs every rule it can over the inputs in one pass, reports findings, suppressions and the input
/// accounting, says for each rule it cannot run why (file, line, column), and ends with
/// <c>N rules run, M skipped</c> and the reasons.
/// </summary>
internal static class HuntCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var rules = RuleSource.Option();
        var exclusions = new Option<string[]>("--exclusions", "-x") { Description = "Exclusions file(s) for known-benign activity.", HelpName = "FILE", AllowMultipleArgumentsPerToken = true };
        var policy = new Option<string[]>("--policy", "-p") { Description = "Sanctioned-tools policy file(s): which RMM tools are sanctioned on which devices.", HelpName = "FILE", AllowMultipleArgumentsPerToken = true };
        var watchlists = new Option<string[]>("--watchlist", "-w") { Description = "A CSV watchlist the rules read as _GetWatchlist('NAME'). Repeatable.", HelpName = "NAME=FILE[:KEY]", AllowMultipleArgumentsPerToken = true };
        var noExclusions = new Option<bool>("--no-exclusions") { Description = "Show everything: apply no exclusion and no sanctioned-tools policy." };
        var profile = new Option<bool>("--profile") { Description = "Print where the time went: each phase, and the rules that cost most beyond the shared scans." };
        var now = CommonOptions.Now();
        var format = new Option<HuntFormat>("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => HuntFormat.Table };
        var output = CommonOptions.Output();
        var externalData = CommonOptions.ExternalData();
        var inputHandling = CommonOptions.InputHandling();
        var limits = new LimitOptions();
        var command = new Command("hunt", "Run hunting rules over telemetry and report findings.")
        {
            data, rules, exclusions, policy, watchlists, noExclusions, profile, now, format, output, externalData,
            inputHandling.MaxErrors, inputHandling.Strict, inputHandling.Quiet,
        };
        foreach (var option in limits.All) command.Options.Add(option);
        command.SetAction((parse, cancellation) => CliRun.Start(cancellation, limits.Read(parse), scope => Run(new HuntArguments(
            parse.GetValue(data)!, parse.GetValue(rules) ?? [], parse.GetValue(exclusions) ?? [], parse.GetValue(policy) ?? [], parse.GetValue(watchlists) ?? [],
            parse.GetValue(noExclusions), parse.GetValue(now), parse.GetValue(format), parse.GetValue(output),
            parse.GetValue(externalData) ?? [], CommonOptions.Read(parse, inputHandling), parse.GetValue(profile)), scope)));
        return command;
    }

    private sealed record HuntArguments(string[] Data, string[] Rules, string[] Exclusions, string[] Policies, string[] Watchlists,
        bool NoExclusions, DateTime? Now, HuntFormat Format, string? Output, string[] ExternalData, InputOptions Input, bool Profile);

    private static int Run(HuntArguments args, RunScope scope)
    {
        var cancellation = scope.Token;
        long start = Stopwatch.GetTimestamp();
        var (ruleSet, loadErrors) = RuleSource.Load(args.Rules, Console.Error);
        var loaded = Stopwatch.GetElapsedTime(start);
        var exclusionSet = args.NoExclusions ? null : LoadExclusions(args, ruleSet);
        if (exclusionSet?.HasErrors == true) return ExitCodes.QueryError;
        var inputs = Inputs.Open(args.Data, args.Input, scope.Formats);
        var tables = new RunTables(inputs, inputs, args.Watchlists.Select(w => WatchlistTable.Load(ParseWatchlist(w))));
        var options = new HuntOptions(args.Now ?? DateTime.UtcNow, ApplyExclusions: !args.NoExclusions)
        {
            ExternalData = ExternalCopies.From(args.ExternalData), Memory = scope.Memory, Profile = args.Profile,
            Sketches = RuleCacheLocation.Directory is { } cache ? SketchCache.Open(cache, tables) : null,
        };
        var hunt = InputProgress.Run(inputs, args.Input, () => new HuntRunner(tables, tables).Run(ruleSet, exclusionSet, options, cancellation));
        start = Stopwatch.GetTimestamp();
        var report = HuntReportBuilder.Build(hunt, loadErrors, exclusionSet, inputs.Files);
        var built = Stopwatch.GetElapsedTime(start);
        start = Stopwatch.GetTimestamp();
        HuntReportOutput.Write(report, args.Format, args.Output, cancellation);
        var written = Stopwatch.GetElapsedTime(start);

        foreach (var failed in hunt.Rules.Where(r => r.Status == RuleStatus.Failed)) Console.Error.Write(failed.Message?.TrimEnd() + "\n");
        InputSummary.Print(inputs, Console.Error);
        HuntProfileText.Print(new CommandPhases(loaded, built, written), hunt, Console.Error);
        foreach (var warning in report.Warnings) Console.Error.WriteLine($"warning: {warning}");
        if (report.SkipGroups.Count > 0) Console.Error.WriteLine("skipped rules by reason:");
        foreach (var group in report.SkipGroups) Console.Error.WriteLine($"  {group.Count,5}  {group.Reason}");
        Console.Error.WriteLine(report.SummaryLine);
        bool broken = loadErrors.Any(e => e.IsError) || hunt.AnyFailed;
        return broken ? ExitCodes.QueryError : ExitCodes.Ok;
    }

    /// <summary>The exclusion files and policies as one set, with their problems and the names they use that no rule has.</summary>
    private static ExclusionSet? LoadExclusions(HuntArguments args, IReadOnlyList<Hunting.Rules.HuntingRule> rules)
    {
        var sets = args.Exclusions.Select(path => ExclusionSet.Load(path)).Concat(args.Policies.Select(path => SanctionPolicy.Load(path))).ToList();
        if (sets.Count == 0) return null;
        var merged = ExclusionSet.Merge(sets);
        foreach (var problem in merged.Errors
                     .Concat(merged.CheckRuleIds(rules.Select(r => r.Id)))
                     .Concat(merged.CheckTools(rules.Select(r => r.Tool))))
            Console.Error.Write(problem.Format());
        return merged;
    }

    private static WatchlistSpec ParseWatchlist(string text)
    {
        try
        {
            return WatchlistSpec.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException("--watchlist: " + e.Message);
        }
    }
}
