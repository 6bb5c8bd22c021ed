using RmmHunt.Data;
using RmmHunt.Engine.Execution;
using RmmHunt.Fuzzing.Readers;
using RmmHunt.Kql;
using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Parsing;

namespace RmmHunt.Fuzzing.Queries;

/// <summary>What compiling (and, when it compiles, running) one mutated query gave.</summary>
/// <param name="Parsed">The text had no syntax error, so the binder judged it.</param>
/// <param name="Bound">It compiled without error, so the engine ran it.</param>
public sealed record KqlOutcome(KqlCase Case, string Query, bool Parsed, bool Bound, bool Ran, IReadOnlyList<string> Violations)
{
    public bool Passed => Violations.Count == 0;

    public override string ToString() => $"{Case}\n  " + string.Join("\n  ", Violations) + "\n  query:\n" + Query;
}

/// <summary>
/// Compiles a mutated query against the built-in schemas and, when it compiles, runs it over tables
/// without rows. The lexer, parser and binder may only answer with diagnostics (each inside the text);
/// the engine may only refuse with a <see cref="QueryException"/>. Nothing may throw otherwise, hang
/// or overflow the stack.
/// </summary>
public static class KqlCheck
{
    private static readonly DateTime Now = new(2024, 10, 7, 0, 0, 0, DateTimeKind.Utc);

    public static KqlOutcome Run(KqlCase @case, IReadOnlyList<string> corpus, TimeSpan? limit = null)
    {
        string query = @case.Text(corpus);
        var violations = new List<string>();
        bool parsed = false, bound = false, ran = false;
        bool finished = Deadline.Run(() =>
        {
            // The binder runs only over text without syntax errors: whether it ran is whether this parse is clean.
            var syntax = new List<Diagnostic>();
            var tree = Parser.Parse(query, syntax);
            parsed = !syntax.Any(d => d.IsError) && tree.BlockStarts.Count == 0;
            var compilation = KqlCompilation.Compile(query, DataSchemas.BuiltIn);
            _ = compilation.FormatDiagnostics();
            foreach (var diagnostic in compilation.Diagnostics)
            {
                if (diagnostic.Span.Start < 0 || diagnostic.Span.Start + diagnostic.Span.Length > query.Length)
                    violations.Add($"a diagnostic lies outside the text ({diagnostic.Span.Start}+{diagnostic.Span.Length} of {query.Length}): {diagnostic.Message}");
            }
            if (compilation.HasErrors) return;
            bound = true;
            try
            {
                var graph = new ExecutionGraph(new RunContext(Now), new TableSet());
                var handle = graph.Add(compilation.Query!);
                graph.Run();
                if (handle.Result.Columns.Count != compilation.Query!.Schema.Count) violations.Add("the result's columns are not the query's schema");
                ran = true;
            }
            catch (QueryException)
            {
            }
        }, limit ?? ReadCheck.DefaultLimit, out var crash);
        if (!finished) violations.Add($"hang: compiling and running did not end within {(limit ?? ReadCheck.DefaultLimit).TotalSeconds:0} s");
        else if (crash is not null) violations.Add($"crash: {crash.GetType().Name}: {crash}");
        return new KqlOutcome(@case, query, parsed, bound, ran, violations);
    }
}
