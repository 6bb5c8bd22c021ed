using RmmHunt.Corpus.Tests.Outcomes;
using RmmHunt.Corpus.Tests.Running;

namespace RmmHunt.Corpus.Tests;

/// <summary>The corpus is run once per test run and shared by the tests that judge it.</summary>
public sealed class CorpusOutcomes
{
    internal IReadOnlyList<QueryOutcome> All { get; } = CorpusRunner.RunAll();
}
