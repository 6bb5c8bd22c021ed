namespace RmmHunt.Generator.Synthetic.Internals;

/// <summary>Datetime columns: the event time itself, or a plausible time before it.</summary>
internal static class TimeValues
{
    public static DateTime For(string name, RowContext row)
    {
        if (name is "Timestamp" or "TimeGenerated" or "ActivityDateTime" or "CreatedDateTime") return name == "TimeGenerated" ? row.Time.AddSeconds(3) : row.Time;
        // A process or file came into being before the event that reports it.
        if (name.Contains("Creation", StringComparison.Ordinal) || name.EndsWith("StartTime", StringComparison.Ordinal))
            return row.Time.AddMinutes(-row.Random.Next(1, 240));
        if (name.Contains("Expiration", StringComparison.Ordinal) || name.Contains("EndOfSupport", StringComparison.Ordinal))
            return row.Time.AddDays(row.Random.Next(30, 900));
        return row.Time.AddDays(-row.Random.Next(0, 400));
    }
}
