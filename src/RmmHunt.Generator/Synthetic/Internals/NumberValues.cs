namespace RmmHunt.Generator.Synthetic.Internals;

/// <summary>Integer columns: ports, process ids, sizes, counts, event ids by name; small numbers otherwise.</summary>
internal static class NumberValues
{
    private static readonly int[] SecurityEventIds = [4624, 4625, 4688, 4720, 4732, 4776, 1102, 7045];

    public static long Long(string name, RowContext row)
    {
        if (name.EndsWith("Port", StringComparison.Ordinal) || name is "NASPort")
            return name.StartsWith("Local", StringComparison.Ordinal) ? row.Random.Next(49152, 65535) : row.Remote.Port;
        if (name == "ReportId") return 10_000 + row.Index;
        if (name.EndsWith("ProcessId", StringComparison.Ordinal) || name is "ProcessId" or "InitiatingProcessParentId") return row.Random.Next(400, 30000);
        if (name.EndsWith("FileSize", StringComparison.Ordinal) || name == "FileSize") return row.Target.Size;
        if (name.EndsWith("SessionId", StringComparison.Ordinal)) return row.Random.Next(0, 4);
        if (name.EndsWith("LogonId", StringComparison.Ordinal)) return 0x3e7 + row.Random.Next(0, 900_000);
        if (name == "EventID") return row.Random.Pick(SecurityEventIds);
        if (name.Contains("ErrorCode", StringComparison.Ordinal) || name == "ResultType") return row.Random.Chance(0.7) ? 0 : 50126;
        if (name.EndsWith("Count", StringComparison.Ordinal)) return row.Random.Next(0, 5);
        return row.Random.Next(0, 100);
    }
}
