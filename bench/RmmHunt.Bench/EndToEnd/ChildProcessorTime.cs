using System.Runtime.InteropServices;

namespace RmmHunt.Bench.EndToEnd;

/// <summary>
/// The processor time of the child processes this one has waited for, as Linux counts it (user and system).
/// Taken before and after one command it is that command's CPU time: steadier than its wall time on a shared
/// host, where another tenant's load lengthens a run without adding to the work it does.
/// </summary>
internal static partial class ChildProcessorTime
{
    private const int Children = -1; // RUSAGE_CHILDREN

    /// <summary>Seconds of CPU of all waited-for children so far; NaN where getrusage is not available.</summary>
    public static double Seconds()
    {
        if (!OperatingSystem.IsLinux() || GetResourceUsage(Children, out var usage) != 0) return double.NaN;
        return usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6;
    }

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs this class does not read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        private long _maxrss, _ixrss, _idrss, _isrss, _minflt, _majflt, _nswap, _inblock, _oublock, _msgsnd, _msgrcv, _nsignals, _nvcsw, _nivcsw;
    }

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetResourceUsage(int who, out ResourceUsage usage);
}
