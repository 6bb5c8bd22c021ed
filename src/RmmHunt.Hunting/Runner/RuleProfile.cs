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

/// <summary>
/// The phases of a profiled hunt, wall clock: compiling and planning the rules before the scans, then running the
/// graph (scans included, and the rules subscribed by their sketches that were compiled when their first rows came).
/// </summary>
public sealed record HuntProfile(TimeSpan Compile, TimeSpan Plan, TimeSpan Run)
{
    /// <summary>Rules subscribed by their sketches from an earlier hunt (<see cref="HuntOptions.Sketches"/>) instead of compiled first.</summary>
    public int Deferred { get; init; }

    /// <summary>Of <see cref="Deferred"/>, the rules compiled during the scans because rows came for them.</summary>
    public int CompiledLate { get; init; }
}
