using RmmHunt.Corpus.Tests.Corpus;
using RmmHunt.Corpus.Tests.Outcomes;
using RmmHunt.Data;
using RmmHunt.Engine.Execution;
using RmmHunt.Kql;
using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Text;

namespace RmmHunt.Corpus.Tests.Running;

/// <summary>Takes each corpus query through parse, bind and run, and records where it stopped and why.</summary>
internal static class CorpusRunner
{
    private static readonly HashSet<string> SyntaxCodes =
        [DiagnosticCodes.InvalidCharacter, DiagnosticCodes.UnterminatedString, DiagnosticCodes.InvalidLiteral, DiagnosticCodes.SyntaxError];

    public static IReadOnlyList<QueryOutcome> RunAll() =>
        CorpusManifest.UniqueQueries().AsParallel().AsOrdered().Select(Evaluate).ToList();

    /// <summary>A file may hold several queries (variants after a blank line); it passes a stage when all of them do.</summary>
    public static QueryOutcome Evaluate(CorpusEntry entry)
    {
        string text = CorpusManifest.Text(entry);
        var tables = SyntheticData.For(text);
        // The probe lets bag_unpack learn its columns from the synthetic rows, as a hunt learns them from its data.
        var probe = new ExecutionProbe(new RunContext(SyntheticData.Now) { RandomSeed = SyntheticData.Seed }, tables);
        var compilations = KqlCompilation.CompileEach(new SourceText(text, entry.File), DataSchemas.BuiltIn, probe);
        var syntax = FirstError(compilations, d => SyntaxCodes.Contains(d.Code));
        if (syntax is not null) return Blocked(entry, text, Stage.Parse, syntax.Value);
        var binding = FirstError(compilations, _ => true);
        if (binding is not null) return Blocked(entry, text, Stage.Bind, binding.Value);
        var externalData = new SyntheticExternalData(LiteralHints.From(text));
        int rows = 0;
        foreach (var compilation in compilations)
        {
            var run = QueryRun.Execute(compilation, tables, externalData);
            if (!run.Ran) return new QueryOutcome(entry, Stage.Run, BlockerKind.RunError, null, run.Error);
            rows += run.Rows;
        }
        return new QueryOutcome(entry, Stage.Ran, BlockerKind.None, null, null) { Rows = rows };
    }

    private static (KqlCompilation Compilation, Diagnostic Error)? FirstError(IEnumerable<KqlCompilation> compilations, Func<Diagnostic, bool> filter)
    {
        foreach (var compilation in compilations)
        {
            if (compilation.Diagnostics.FirstOrDefault(d => d.IsError && filter(d)) is { } error) return (compilation, error);
        }
        return null;
    }

    private static QueryOutcome Blocked(CorpusEntry entry, string text, Stage stage, (KqlCompilation Compilation, Diagnostic Error) first)
    {
        var (line, column) = first.Compilation.Source.LocationOf(first.Error.Span.Start);
        var (kind, construct) = OutcomeClassifier.Classify(entry.File, text, first.Error);
        return new QueryOutcome(entry, stage, kind, construct, $"{line}:{column} {first.Error.Code} {first.Error.Message}");
    }
}
