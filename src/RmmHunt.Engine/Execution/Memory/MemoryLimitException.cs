namespace RmmHunt.Engine.Execution.Memory;

/// <summary>
/// An operator's state would exceed the run's memory budget: the run stops here, with a message naming
/// the operator and the limit ("summarize state exceeded --max-memory 512MB"), instead of running the
/// process out of memory.
/// </summary>
public sealed class MemoryLimitException(string what, MemoryBudget budget) : Exception($"{what} exceeded {budget.Name}")
{
    /// <summary>The operator's state that went over ("summarize state", "join build side"...).</summary>
    public string What { get; } = what;

    public MemoryBudget Budget { get; } = budget;
}
