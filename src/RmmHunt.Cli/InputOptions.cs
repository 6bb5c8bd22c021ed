namespace RmmHunt.Cli;

/// <summary>How a run treats its inputs: when rejected rows stop it, and whether progress is shown.</summary>
internal sealed record InputOptions(long? MaxErrors, bool Strict, bool Quiet)
{
    public static InputOptions Default { get; } = new(null, false, false);
}
