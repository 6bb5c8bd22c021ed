using System.CommandLine;
using RmmHunt.Cli.Limits;
using RmmHunt.Data;
using RmmHunt.Hunting.Checking;

namespace RmmHunt.Cli.Commands;

/// <summary>
/// <c>rmmhunt check PATH...</c>: parses and binds <c>.kql</c> query files and rule YAML files (directories
/// recursively) against the built-in table schemas, without reading telemetry. Prints OK or each
/// problem per file, then <c>N passed, N failed</c>; exits non-zero when any file failed.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Query files (.kql), rule files (.yaml) or directories holding them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("check", "Check queries and rules against the built-in table schemas, without data.") { paths };
        command.SetAction((parse, cancellation) => CliRun.Start(cancellation, RunLimits.Default, scope => Run(parse.GetValue(paths)!, scope.Token)));
        return command;
    }

    private static int Run(string[] paths, CancellationToken cancellation)
    {
        var files = CheckPaths.Expand(paths);
        if (files.Count == 0) throw new UsageException($"no .kql or .yaml files under {string.Join(", ", paths)}");
        var checker = new QueryChecker(DataSchemas.BuiltIn);
        int passed = 0, failed = 0;
        bool unreadable = false;
        foreach (var file in files)
        {
            cancellation.ThrowIfCancellationRequested();
            var result = checker.Check(file);
            Console.Out.WriteLine($"{(result.Passed ? "OK  " : "FAIL")}  {file}");
            foreach (var problem in result.Problems) Console.Out.Write(problem);
            if (result.Passed) passed++;
            else failed++;
            unreadable |= result.Unreadable;
        }
        Console.Out.WriteLine($"{passed} passed, {failed} failed");
        if (failed == 0) return ExitCodes.Ok;
        return unreadable ? ExitCodes.InputError : ExitCodes.QueryError;
    }
}
