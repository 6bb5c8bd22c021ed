namespace RmmHunt.Engine.Execution.Memory;

/// <summary>
/// What an operator that holds rows needs from its run: an account for its state against the memory
/// budget, and the cancellation token to observe in its own long loops (a scan observes it per batch,
/// but a join probe or a sort can spend seconds inside one call).
/// </summary>
public sealed class OperatorBudget : IDisposable
{
    private const int CheckEvery = 1 << 16;
    private int _steps;

    public OperatorBudget(RunContext? context, string what)
    {
        Memory = (context?.Memory ?? Unlimited).Open(what);
        Cancellation = context?.Cancellation ?? CancellationToken.None;
    }

    /// <summary>For operators built without a run (tests): nothing is too large, nothing cancels.</summary>
    private static readonly MemoryBudget Unlimited = new(long.MaxValue, "no memory budget");

    public MemoryAccount Memory { get; }

    public CancellationToken Cancellation { get; }

    /// <summary>Call once per unit of work in a long loop: checks for cancellation every 65,536 calls, cheaply.</summary>
    public void Step()
    {
        if (++_steps < CheckEvery) return;
        _steps = 0;
        Cancellation.ThrowIfCancellationRequested();
    }

    public void Dispose() => Memory.Dispose();
}
