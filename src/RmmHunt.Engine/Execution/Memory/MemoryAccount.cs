namespace RmmHunt.Engine.Execution.Memory;

/// <summary>What one operator holds against the run's <see cref="MemoryBudget"/>; disposing releases it all.</summary>
public sealed class MemoryAccount : IDisposable
{
    private readonly MemoryBudget _budget;
    private readonly string _what;

    internal MemoryAccount(MemoryBudget budget, string what)
    {
        _budget = budget;
        _what = what;
    }

    /// <summary>Bytes this account holds.</summary>
    public long Held { get; private set; }

    /// <summary>Charges more bytes; throws <see cref="MemoryLimitException"/> when the budget is exceeded.</summary>
    public void Add(long bytes)
    {
        if (bytes == 0) return;
        _budget.Charge(bytes, _what);
        Held += bytes;
    }

    /// <summary>Charges or releases the difference to a new total (for state whose size is re-estimated).</summary>
    public void SetTo(long total) => Add(total - Held);

    public void Dispose() => SetTo(0);
}
