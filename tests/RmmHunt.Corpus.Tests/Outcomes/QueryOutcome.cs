using RmmHunt.Corpus.Tests.Corpus;

namespace RmmHunt.Corpus.Tests.Outcomes;

/// <summary>How far a corpus query got: the first stage it did not pass, or <see cref="Ran"/>.</summary>
internal enum Stage { Parse, Bind, Run, Ran }

/// <summary>What stopped a query.</summary>
internal enum BlockerKind
{
    None,
    /// <summary>A KQL construct RmmHunt does not support yet (named in <see cref="QueryOutcome.Construct"/>).</summary>
    Unsupported,
    /// <summary>A genuine error in the published query, checked by hand (<see cref="KnownDefects"/>).</summary>
    QueryDefect,
    /// <summary>An error nobody has classified yet: look at it, then record it as a defect or a gap.</summary>
    Unchecked,
    /// <summary>The query's columns depend on values in its data (bag_unpack) that the synthetic tables lack.</summary>
    NeedsData,
    /// <summary>The query bound but failed while executing.</summary>
    RunError,
}

/// <summary>The outcome of one corpus query (a file; all the queries it holds must pass a stage for it to pass).</summary>
internal sealed record QueryOutcome(CorpusEntry Entry, Stage StoppedAt, BlockerKind Kind, string? Construct, string? Problem)
{
    public bool Parsed => StoppedAt > Stage.Parse;
    public bool Bound => StoppedAt > Stage.Bind;
    public bool Ran => StoppedAt == Stage.Ran;

    /// <summary>Rows the query's results held (all its queries together), when it ran.</summary>
    public int Rows { get; init; }
}
