using RmmHunt.Data;
using RmmHunt.Engine.Execution;

namespace RmmHunt.Cli;

/// <summary>A problem with the command line itself.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Turns failures into one-line messages and exit codes; no stack trace reaches the user.</summary>
internal static class CliRun
{
    public static int Guard(Func<int> body, CancellationToken cancellation)
    {
        try
        {
            return body();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Console.Error.WriteLine("cancelled");
            return ExitCodes.Cancelled;
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
