namespace RmmHunt.Cli;

/// <summary>What the exit status of <c>rmmhunt</c> means, so scripts can tell outcomes apart.</summary>
public static class ExitCodes
{
    /// <summary>The run completed, with or without findings.</summary>
    public const int Ok = 0;

    /// <summary>A query or rule did not compile, or failed while running.</summary>
    public const int QueryError = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>An input could not be read (or was refused: a gzip bomb), or rows were rejected under --strict / beyond --max-errors.</summary>
    public const int InputError = 3;

    /// <summary>The run took longer than --timeout.</summary>
    public const int TimedOut = 4;

    /// <summary>The queries' state would have taken more memory than --max-memory.</summary>
    public const int MemoryLimit = 5;

    /// <summary>The output could not be written (a directory, a full disk, no permission); no partial report is left.</summary>
    public const int OutputError = 6;

    /// <summary>The user interrupted the run (Ctrl-C).</summary>
    public const int Cancelled = 130;
}
