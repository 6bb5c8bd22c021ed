namespace RmmHunt.Hunting.Runner;

/// <summary>
/// What one rule cost in a profiled hunt (<see cref="HuntOptions.Profile"/>): compiling its query,
/// planning it into the hunt's shared scans, and running its own operators over the rows those scans
/// handed it (<see cref="RowsIn"/>). The scans themselves are shared by all rules and are in none.
/// </summary>
public sealed record RuleProfile(TimeSpan Compile, TimeSpan Plan, TimeSpan Run, long RowsIn)
{
    public TimeSpan Total => Compile + Plan + Run;
}

/// <summary>The phases of a profiled hunt, wall clock: compiling and planning all rules, then running the graph (scans included).</summary>
public sealed record HuntProfile(TimeSpan Compile, TimeSpan Plan, TimeSpan Run);
