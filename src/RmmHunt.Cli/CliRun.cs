using RmmHunt.Cli.Limits;
using RmmHunt.Data;
using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Execution.Memory;

namespace RmmHunt.Cli;

/// <summary>A problem with the command line itself.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Turns failures into one-line messages and exit codes; no stack trace reaches the user.</summary>
internal static class CliRun
{
    /// <summary>
    /// Runs a command's work off the calling thread under its limits. The work must not run on the thread
    /// that invoked the command: System.CommandLine registers its Ctrl-C handler only once the action has
    /// returned a task, so synchronous work would be killed by the signal instead of cancelled.
    /// </summary>
    public static Task<int> Start(CancellationToken interrupted, RunLimits limits, Func<RunScope, int> work) =>
        Task.Run(() =>
        {
            using var scope = new RunScope(interrupted, limits);
            return Guard(() => work(scope), scope);
        });

    public static int Guard(Func<int> body, RunScope scope)
    {
        try
        {
            return body();
        }
        catch (OperationCanceledException) when (scope.Token.IsCancellationRequested)
        {
            if (scope.Interrupted)
            {
                Console.Error.WriteLine("cancelled");
                return ExitCodes.Cancelled;
            }
            Console.Error.WriteLine($"error: query stopped: {scope.Limits.TimeoutText} reached");
            return ExitCodes.TimedOut;
        }
        catch (MemoryLimitException e)
        {
            Console.Error.WriteLine($"error: query stopped: {e.Message} (raise --max-memory, or narrow the query)");
            return ExitCodes.MemoryLimit;
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (QueryException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.QueryError;
        }
        catch (OutputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.OutputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InputFileException or RejectionLimitException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InputError;
        }
    }

    public static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{path}: {e.Message}", e);
        }
    }
}
