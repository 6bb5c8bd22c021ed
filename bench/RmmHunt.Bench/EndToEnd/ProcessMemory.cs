namespace RmmHunt.Bench.EndToEnd;

/// <summary>The process's memory as Linux reports it.</summary>
internal static class ProcessMemory
{
    /// <summary>VmHWM: the most memory the process held resident at any time.</summary>
    public static long PeakResidentBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        return -1;
    }
}
