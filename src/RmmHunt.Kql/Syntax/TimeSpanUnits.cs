namespace RmmHunt.Kql.Syntax;

/// <summary>The suffixes of timespan literals (<c>5d</c>, <c>1.5h</c>, <c>30min</c>, <c>10ms</c>) and their length in ticks.</summary>
public static class TimeSpanUnits
{
    private static readonly Dictionary<string, double> TicksPerUnit = Build();

    public static bool TryGetTicks(string suffix, out double ticks) => TicksPerUnit.TryGetValue(suffix, out ticks);

    private static Dictionary<string, double> Build()
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(double ticks, params string[] names)
        {
            foreach (var name in names) map[name] = ticks;
        }
        Add(TimeSpan.TicksPerDay, "d", "day", "days");
        Add(TimeSpan.TicksPerHour, "h", "hr", "hrs", "hour", "hours");
        Add(TimeSpan.TicksPerMinute, "m", "min", "minute", "minutes");
        Add(TimeSpan.TicksPerSecond, "s", "sec", "second", "seconds");
        Add(TimeSpan.TicksPerMillisecond, "ms", "milli", "millis", "millisec", "millisecond", "milliseconds");
        Add(10, "micro", "micros", "microsec", "microsecond", "microseconds");
        Add(0.01, "nano", "nanos", "nanosec", "nanosecond", "nanoseconds");
        Add(1, "tick", "ticks");
        return map;
    }
}
