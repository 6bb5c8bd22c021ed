using RmmHunt.Hunting.Rules;

namespace RmmHunt.Hunting.Testing;

/// <summary>One case of a rule's fixtures: its expectation and how many result rows the rule gave over the case's rows.</summary>
public sealed record FixtureCaseResult(string Name, bool ExpectMatch, int ResultRows, string? Problem = null)
{
    public bool Passed => Problem is null && (ExpectMatch ? ResultRows > 0 : ResultRows == 0);

    public string Describe() => Problem
        ?? $"expected {(ExpectMatch ? "a finding" : "no finding")}, got {ResultRows} result row(s)";
}

/// <summary>
/// A rule's fixture run. A rule passes when it compiles, has at least one positive and one negative
/// case, and every case gives what it expects.
/// </summary>
public sealed record RuleTestResult(HuntingRule Rule, IReadOnlyList<FixtureCaseResult> Cases, string? Problem = null)
{
    public bool Passed => Problem is null && Cases.All(c => c.Passed);
}

/// <summary>Every rule's fixture run, with the <c>now()</c> the rules were evaluated at.</summary>
public sealed record RuleTestRun(DateTime Now, IReadOnlyList<RuleTestResult> Results, IReadOnlyList<string> FixtureFiles)
{
    public int PassedCount => Results.Count(r => r.Passed);
    public int FailedCount => Results.Count(r => !r.Passed);
}
