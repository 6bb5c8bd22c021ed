using FsCheck;
using FsCheck.Fluent;
using RmmHunt.Fuzzing.Queries;

namespace RmmHunt.Kql.Tests.Parsing;

/// <summary>
/// Corpus queries mutated so that many keep a valid syntax (identifiers and literals swapped for others)
/// and reach the binder, which must answer with diagnostics inside the text; those that compile are
/// run over tables without rows, where only a query error may stop them. Nothing may throw, hang or
/// overflow the stack (see <see cref="KqlCheck"/>); <c>bench fuzz --target kql</c> runs the same cases longer.
/// </summary>
public class BinderFuzzTests
{
    private static readonly Lazy<IReadOnlyList<string>> Corpus = new(RepositoryFiles.KqlCorpus);

    [FsCheck.Xunit.Property(MaxTest = 400, Replay = "(20241007,51)")]
    public Property Mutated_corpus_queries_are_bound_or_reported_and_never_crash() =>
        Prop.ForAll(KqlCase.Arbitrary, c =>
        {
            var outcome = KqlCheck.Run(c, Corpus.Value);
            Assert.True(outcome.Passed, outcome.ToString());
        });

    [Fact]
    public void The_mutants_reach_the_binder_and_the_engine()
    {
        // A fuzzer whose every mutant is a syntax error would test the parser only.
        var outcomes = KqlCase.Generator.Sample(300, new Rnd(20241007UL), 50).Select(c => KqlCheck.Run(c, Corpus.Value)).ToList();
        Assert.All(outcomes, o => Assert.True(o.Passed, o.ToString()));
        Assert.InRange(outcomes.Count(o => o.Parsed), 90, 300);
        Assert.InRange(outcomes.Count(o => o.Ran), 15, 300);
    }
}
