using System.CommandLine;
using RmmHunt.Hunting.Testing;

namespace RmmHunt.Cli.Commands;

/// <summary>
/// <c>rmmhunt rules test [PATH] [--now T] [--verbose]</c>: runs every rule under PATH over its fixture
/// cases (<c>fixtures/*.csv</c> under PATH, or else under the folder above it) and ends
/// with <c>N passed, M failed</c>. A rule that does not load, has no positive or no negative case, or
/// gets a case wrong fails.
/// </summary>
internal static class RulesTestCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("path") { Description = "A rule file or folder, with fixtures/*.csv beside or under it (or else under the folder above). Default: the built-in pack.", Arity = ArgumentArity.ZeroOrOne };
        var now = CommonOptions.Now();
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every rule and case, not only failures." };
        var command = new Command("test", "Run every rule over its positive and negative fixtures.") { path, now, verbose };
        command.SetAction((parse, cancellation) => CliRun.Start(cancellation, Limits.RunLimits.Default, scope =>
        {
            string rulesPath = parse.GetValue(path) ?? BuiltInRules.Directory;
            var (rules, loadErrors) = RuleSource.Load([rulesPath], Console.Error);
            var fixtureFiles = FixtureFiles.Find(rulesPath);
            if (fixtureFiles.Count == 0) Console.Error.WriteLine($"{rulesPath}: no fixture files (fixtures/*.csv)");
            var inputs = Inputs.Open(fixtureFiles);
            var run = RuleTester.Run(rules, inputs, inputs, inputs.Tables, fixtureFiles, parse.GetValue(now), scope.Token);
            Print(run, parse.GetValue(verbose), Console.Out);
            int failed = run.FailedCount + loadErrors.Count(e => e.IsError);
            Console.Out.WriteLine($"{run.PassedCount} passed, {failed} failed");
            return failed > 0 ? ExitCodes.QueryError : ExitCodes.Ok;
        }));
        return command;
    }

    private static void Print(RuleTestRun run, bool verbose, TextWriter output)
    {
        output.WriteLine($"{run.Results.Count} rule(s), {run.Results.Sum(r => r.Cases.Count)} fixture case(s) from {run.FixtureFiles.Count} file(s); now = {run.Now:yyyy-MM-ddTHH:mm:ssZ}");
        foreach (var result in run.Results.Where(r => verbose || !r.Passed))
        {
            output.WriteLine($"{(result.Passed ? "PASS" : "FAIL")} {result.Rule.Id} {result.Rule.Name} ({result.Rule.SourcePath})");
            if (result.Problem is not null) output.WriteLine($"  {result.Problem.Replace("\n", "\n  ")}");
            foreach (var fixture in result.Cases.Where(c => verbose || !c.Passed))
                output.WriteLine($"  {(fixture.Passed ? "ok  " : "FAIL")} {fixture.Name} ({(fixture.ExpectMatch ? "match" : "no match")}): {fixture.Describe()}");
        }
    }
}
