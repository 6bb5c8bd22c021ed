using System.Globalization;
using RmmHunt.Hunting.Runner;

namespace RmmHunt.Cli;

/// <summary>The command's own phases, timed around the hunt (wall clock).</summary>
internal sealed record CommandPhases(TimeSpan Load, TimeSpan ReportBuild, TimeSpan ReportWrite);

/// <summary>
/// What <c>hunt --profile</c> prints after the input accounting: where the run's time went, phase by
/// phase, and the rules that cost most beyond the shared scans, which are the ones to look at when a
/// pack is slow. Each table's scan time is on its input line above it.
/// </summary>
internal static class HuntProfileText
{
    public const int RulesShown = 10;

    public static void Print(CommandPhases command, HuntResult hunt, TextWriter writer)
    {
        if (hunt.Profile is not { } phases) return;
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"profile: loading rules {Seconds(command.Load)}, compiling {Seconds(phases.Compile)}, planning {Seconds(phases.Plan)}{Deferred(phases)}, " +
            $"scans and rules {Seconds(phases.Run)} (the rules' own operators {Seconds(RulesOwn(hunt))}), building the report {Seconds(command.ReportBuild)}, writing it {Seconds(command.ReportWrite)}; " +
            $"{Seconds(ProgramClock.Elapsed)} since the program started, of which {Seconds(System.Runtime.JitInfo.GetCompilationTime())} compiling its own code " +
            $"just in time; {GC.CollectionCount(0)} garbage collections, {Seconds(GC.GetTotalPauseDuration())} paused"));
        // Ranked by their operators' time, which grows with the data; compiling and planning do not (and the
        // first rule compiled also pays for the program's first calls).
        var costly = hunt.Rules.Where(r => r.Profile is not null)
            .OrderByDescending(r => r.Profile!.Run).ThenByDescending(r => r.Profile!.Total).ThenBy(r => r.Rule.SourcePath, StringComparer.Ordinal)
            .Take(RulesShown).ToList();
        if (costly.Count == 0) return;
        writer.WriteLine($"profile: the {costly.Count} of {hunt.Rules.Count} rules whose own operators took longest over the rows the scans gave them (run):");
        writer.WriteLine($"  {"total s",8} {"run s",8} {"compile s",9} {"plan s",8} {"rows in",12}  rule");
        foreach (var outcome in costly)
        {
            var p = outcome.Profile!;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {p.Total.TotalSeconds,8:0.0000} {p.Run.TotalSeconds,8:0.0000} {p.Compile.TotalSeconds,9:0.0000} {p.Plan.TotalSeconds,8:0.0000} {p.RowsIn,12:N0}  {outcome.Rule.SourcePath} ({outcome.Rule.Name})"));
        }
    }

    private static string Deferred(HuntProfile phases) => phases.Deferred == 0 ? "" :
        $" ({phases.Deferred} rules subscribed from an earlier hunt's sketches, of which {phases.CompiledLate} compiled when the scans gave them rows)";

    private static TimeSpan RulesOwn(HuntResult hunt) =>
        hunt.Rules.Aggregate(TimeSpan.Zero, (sum, rule) => sum + (rule.Profile?.Run ?? TimeSpan.Zero));

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";
}
