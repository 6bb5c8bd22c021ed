using RmmHunt.Engine.Execution;
using RmmHunt.Hunting.Rules;

namespace RmmHunt.Hunting.Runner;

public enum RuleStatus
{
    /// <summary>The rule ran over its data (with or without findings).</summary>
    Ran,
    /// <summary>A table the rule reads had no input: no findings would mean nothing.</summary>
    NotRun,
    /// <summary>The rule's query did not compile or failed while running.</summary>
    Failed,
}

/// <summary>How many events one exclusion removed from one rule's input.</summary>
public sealed record SuppressionCount(string ExclusionId, string Description, long Events);

/// <summary>What happened to one rule in a hunt.</summary>
public sealed record RuleOutcome
{
    public required HuntingRule Rule { get; init; }
    public required RuleStatus Status { get; init; }

    /// <summary>Why the rule did not run or failed (diagnostics with file, line and column).</summary>
    public string? Message { get; init; }

    /// <summary>Why the rule failed or did not run, each with its position in the rule file (the first is the main reason).</summary>
    public IReadOnlyList<RuleProblem> Problems { get; init; } = [];

    /// <summary>The rule's result rows, when it ran.</summary>
    public ResultTable? Result { get; init; }

    public IReadOnlyList<SuppressionCount> Suppressions { get; init; } = [];

    /// <summary>Compile-time notes (a render that is ignored, a second result statement...), formatted with positions.</summary>
    public string? Warnings { get; init; }

    /// <summary>Events removed by any exclusion, each counted once (an event two exclusions match counts for both in <see cref="Suppressions"/>).</summary>
    public long SuppressedEvents { get; init; }

    /// <summary>What the rule cost, in a profiled hunt (<see cref="HuntOptions.Profile"/>); otherwise null.</summary>
    public RuleProfile? Profile { get; init; }
}
