namespace RmmHunt.Hunting.Runner;

/// <summary>The outcome of running a set of rules over a run's inputs.</summary>
public sealed record HuntResult(DateTime Now, IReadOnlyList<RuleOutcome> Rules, IReadOnlyCollection<string> Warnings)
{
    public int FindingRows => Rules.Where(r => r.Status == RuleStatus.Ran).Sum(r => r.Result!.RowCount);

    public bool AnyFailed => Rules.Any(r => r.Status == RuleStatus.Failed);

    /// <summary>The hunt's phases, when it was profiled (<see cref="HuntOptions.Profile"/>); otherwise null.</summary>
    public HuntProfile? Profile { get; init; }
}
