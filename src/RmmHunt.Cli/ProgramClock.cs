using System.Diagnostics;

namespace RmmHunt.Cli;

/// <summary>
/// Time since the program's first statement, for <c>hunt --profile</c> (the runtime's own start-up, about
/// 0.05 s, comes before it; asking the operating system when the process started would mean referring to
/// processes, which this program does not).
/// </summary>
internal static class ProgramClock
{
    private static long _started;

    public static void Start() => _started = Stopwatch.GetTimestamp();

    public static TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);
}
