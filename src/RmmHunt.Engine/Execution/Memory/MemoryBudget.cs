using System.Globalization;

namespace RmmHunt.Engine.Execution.Memory;

/// <summary>
/// How much memory the state a run's operators hold may take: aggregation groups and their values, join
/// build sides, sorted and top rows, materialized results, window inputs and query results. Operators
/// charge what they hold (estimated, see <see cref="ValueSize"/>) to an account and release it when they
/// pass it on; going over the limit stops the run with <see cref="MemoryLimitException"/>, naming the
/// operator, long before the process would run out of memory. Scans are not charged: they stream in
/// bounded blocks. Thread-safe: one budget serves every query of a run.
/// </summary>
public sealed class MemoryBudget
{
    private long _used, _peak;

    /// <param name="name">How messages name the limit (the command line says <c>--max-memory 512MB</c>).</param>
    public MemoryBudget(long limit, string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        Limit = limit;
        Name = name ?? $"the memory budget of {Format(limit)}";
    }

    /// <summary>
    /// Half the memory the process may use (physical memory, or the container's limit): the other half
    /// covers what is not charged (the estimates' slack, scan buffers, the runtime) with room to spare.
    /// </summary>
    public static long DefaultLimit => Math.Max(256L << 20, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2);

    public static MemoryBudget Default() => new(DefaultLimit);

    public long Limit { get; }

    public string Name { get; }

    /// <summary>Bytes charged now.</summary>
    public long Used => Interlocked.Read(ref _used);

    /// <summary>The most charged at once during the run.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    /// <summary>An account for one operator's state; <paramref name="what"/> names it in the error ("summarize state").</summary>
    public MemoryAccount Open(string what) => new(this, what);

    internal void Charge(long bytes, string what)
    {
        long used = Interlocked.Add(ref _used, bytes);
        if (bytes <= 0) return;
        if (used > Limit)
        {
            Interlocked.Add(ref _used, -bytes);
            throw new MemoryLimitException(what, this);
        }
        for (long peak = Peak; used > peak && Interlocked.CompareExchange(ref _peak, used, peak) != peak; peak = Peak) { }
    }

    /// <summary>Bytes as people write them: 512MB, 1.5GB.</summary>
    public static string Format(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("0.#", CultureInfo.InvariantCulture) + "GB",
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("0.#", CultureInfo.InvariantCulture) + "MB",
        >= 1L << 10 => (bytes / (double)(1L << 10)).ToString("0.#", CultureInfo.InvariantCulture) + "KB",
        _ => bytes + "B",
    };
}
