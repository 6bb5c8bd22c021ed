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

    public static RunContext AtCurrentTime() => new(DateTime.UtcNow);
}
