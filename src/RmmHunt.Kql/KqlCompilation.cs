using RmmHunt.Kql.Binding;
using RmmHunt.Kql.Diagnostics;
using RmmHunt.Kql.Parsing;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Syntax;
using RmmHunt.Kql.Text;

namespace RmmHunt.Kql;

/// <summary>A query parsed and bound against table schemas, with every diagnostic found on the way.</summary>
public sealed class KqlCompilation
{
    private KqlCompilation(SourceText source, QueryText syntax, BoundTable? query, IReadOnlyList<Diagnostic> diagnostics)
    {
        Source = source;
        Syntax = syntax;
        Query = query;
        Diagnostics = diagnostics;
    }

    public SourceText Source { get; }
    public QueryText Syntax { get; }

    /// <summary>The bound query; only meaningful when <see cref="HasErrors"/> is false.</summary>
    public BoundTable? Query { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public static KqlCompilation Compile(string text, ISchemaProvider schemas) => Compile(new SourceText(text), schemas);

    /// <param name="probe">Evaluates parts of the query over data where the schema depends on it (bag_unpack).</param>
    public static KqlCompilation Compile(SourceText source, ISchemaProvider schemas, IDataProbe? probe = null)
    {
        var diagnostics = new List<Diagnostic>();
        var syntax = Parser.Parse(source.Text, diagnostics);
        foreach (int start in syntax.BlockStarts)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SyntaxError,
                "another query starts here, without a ';' before it; run one query at a time ('rmmhunt check' checks each query of a file)",
                new TextSpan(start, 0)));
        }
        // Binding a query with syntax errors would mostly repeat them; report those first.
        BoundTable? bound = null;
        if (!diagnostics.Any(d => d.IsError))
        {
            try
            {
                bound = Binder.Bind(syntax, schemas, diagnostics, probe);
            }
            catch (InsufficientExecutionStackException)
            {
                // The parser caps nesting per statement, but let statements can stack their values deeper.
                bound = null;
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.Limit, "the query is nested too deeply to bind (simplify its chains of let statements)", new TextSpan(0, 0)));
            }
        }
        // Callers run the query when there is no error: a bound query must then exist, whatever the binder missed.
        if (bound is null && !diagnostics.Any(d => d.IsError))
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotTabular, "the query has no tabular result", new TextSpan(0, source.Text.Length)));
        var ordered = diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Severity).ToArray();
        return new KqlCompilation(source, syntax, bound, ordered);
    }

    /// <summary>
    /// Compiles each query of a text that holds several one after another, separated by blank lines
    /// (a file of published hunting queries, as pasted in an editor); a text of one query gives one.
    /// </summary>
    public static IReadOnlyList<KqlCompilation> CompileEach(SourceText source, ISchemaProvider schemas, IDataProbe? probe = null)
    {
        var starts = Parser.Parse(source.Text, []).BlockStarts;
        if (starts.Count == 0) return [Compile(source, schemas, probe)];
        var cuts = starts.Select(s => source.LineStart(source.LineIndexOf(s))).Prepend(0).Append(source.Text.Length).ToArray();
        var compilations = new List<KqlCompilation>();
        for (int i = 0; i + 1 < cuts.Length; i++)
        {
            var (line, _) = source.LocationOf(cuts[i]);
            var block = new SourceText(source.Text[cuts[i]..cuts[i + 1]], source.Path, line, source.FirstColumn);
            compilations.Add(Compile(block, schemas, probe));
        }
        return compilations;
    }

    /// <summary>Every diagnostic with file, line, column and a caret under the source.</summary>
    public string FormatDiagnostics() => DiagnosticFormatter.FormatAll(Diagnostics, Source);
}
