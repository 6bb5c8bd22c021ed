using RmmHunt.Generator.Internals.Randomness;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>
/// Spreads the rows over the window in ascending time: row i falls at a random instant inside the i-th of
/// n equal slots, so the file is ordered by Timestamp without holding rows to sort them.
/// </summary>
internal sealed class Timeline(DateTime start, DateTime end, long rows)
{
    private readonly long _span = (end - start).Ticks;
    private readonly long _slot = Math.Max(1, (end - start).Ticks / Math.Max(1, rows));

    public DateTime At(long row, DeterministicRandom random)
    {
        long slotStart = (long)((Int128)_span * row / Math.Max(1, rows));
        long ticks = Math.Min(slotStart + random.NextLong(_slot), _span - 1);
        return start.AddTicks(ticks);
    }
}
