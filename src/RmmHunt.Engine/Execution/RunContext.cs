using RmmHunt.Engine.Execution.Memory;

namespace RmmHunt.Engine.Execution;

/// <summary>
/// What is fixed for one run: the current time (<c>now()</c> is evaluated once per run and can be
/// pinned, so a rule's <c>now(-5d)</c> window can be applied to last month's export), cancellation
/// (Ctrl-C, a time limit), the memory budget of the operators' state, and where warnings go.
/// </summary>
public sealed class RunContext
{
    public RunContext(DateTime now, CancellationToken cancellation = default)
    {
        Now = DateTime.SpecifyKind(now, DateTimeKind.Utc);
        Cancellation = cancellation;
    }

    public DateTime Now { get; }

    /// <summary>Local copies of externaldata URLs; without it, externaldata fails with a clear message.</summary>
    public IExternalDataProvider? ExternalData { get; init; }
    /// <summary>Observed by scans and by operators' long loops: a cancelled run stops within about a second.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>Whether each query's rows and time are kept (<see cref="QueryHandle.Profile"/>); off, nothing is timed.</summary>
    public bool Profile { get; init; }

    /// <summary>What the operators' state may take (by default half the memory available; see <see cref="MemoryBudget"/>).</summary>
    public MemoryBudget Memory { get; init; } = MemoryBudget.Default();

    /// <summary>Warnings raised while running (cloud-only functions, limits reached...), without duplicates.</summary>
    public IReadOnlyCollection<string> Warnings => _warnings;

    private readonly HashSet<string> _warnings = [];
    private readonly object _lock = new();

    public void Warn(string message)
    {
        lock (_lock) _warnings.Add(message);
    }

    /// <summary>
    /// Seeds rand(). Kusto's rand() is unseeded and so is ours by default; a seed makes a run over
    /// in-memory tables reproducible (the corpus report counts result rows of queries that use rand()).
    /// </summary>
    public int? RandomSeed { init => _random = value is int seed ? new Random(seed) : null; }

    private readonly Random? _random;

    /// <summary>A number in [0, 1) from the seeded generator when there is one (Random is not thread-safe, hence the lock).</summary>
    public double NextRandom()
    {
        if (_random is null) return Random.Shared.NextDouble();
        lock (_random) return _random.NextDouble();
    }

    /// <summary>A whole number in [0, max).</summary>
    public long NextRandom(long max)
    {
        if (_random is null) return Random.Shared.NextInt64(max);
        lock (_random) return _random.NextInt64(max);
    }

    public static RunContext AtCurrentTime() => new(DateTime.UtcNow);
}
