using System.Text;
using RmmHunt.Corpus.Tests.Outcomes;

namespace RmmHunt.Corpus.Tests.Report;

/// <summary>
/// Renders <c>tests/corpus-report.md</c>: the totals, what blocks queries (unsupported constructs, defects
/// of the queries, run errors) and every query's outcome. Deterministic: same outcomes, same bytes.
/// </summary>
internal static class CorpusReport
{
    public static string Render(IReadOnlyList<QueryOutcome> outcomes)
    {
        var text = new StringBuilder();
        text.Append("# Corpus report\n\n");
        text.Append("Every unique query of `../shared/reference/kql/corpus` (rows of `manifest.csv` without `duplicate_of`), taken\n");
        text.Append("through parse, bind (against the built-in schemas) and run (over the generator's synthetic tables, about\n");
        text.Append("half of whose rows take the values the query filters by, with `now()` pinned to the end of their window\n");
        text.Append($"and {Running.QueryRun.Limit.TotalSeconds:0} s per query). A file holding several queries after blank lines passes a stage\n");
        text.Append("when all of them do. Written by `CorpusReportTests`; regenerate with\n");
        text.Append("`RMMHUNT_REGENERATE=1 dotnet test tests/RmmHunt.Corpus.Tests`.\n\n");
        Totals(text, outcomes);
        Blockers(text, outcomes);
        Defects(text, outcomes);
        Unchecked(text, outcomes);
        RunErrors(text, outcomes);
        PerQuery(text, outcomes);
        return text.ToString();
    }

    private static void Totals(StringBuilder text, IReadOnlyList<QueryOutcome> outcomes)
    {
        int all = outcomes.Count, parsed = outcomes.Count(o => o.Parsed), bound = outcomes.Count(o => o.Bound), ran = outcomes.Count(o => o.Ran);
        int brokenText = outcomes.Count(o => !o.Parsed && o.Kind == BlockerKind.QueryDefect);
        text.Append("## Totals\n\n| stage | queries | % of all |\n|---|---:|---:|\n");
        text.Append($"| unique queries | {all} | |\n");
        text.Append($"| parse | {parsed} | {Percent.Text(parsed, all)} |\n");
        text.Append($"| bind | {bound} | {Percent.Text(bound, all)} |\n");
        text.Append($"| run | {ran} | {Percent.Text(ran, all)} |\n");
        int rows = outcomes.Count(o => o.Ran && o.Rows > 0);
        text.Append($"| run, with rows in the result | {rows} | {Percent.Text(rows, all)} |\n\n");
        text.Append($"Queries that do not parse: {all - parsed}, of which {brokenText} are broken in the published text (listed below).\n\n");
        int defects = outcomes.Count(o => o.Kind == BlockerKind.QueryDefect), wellFormed = all - defects;
        text.Append($"Of the {wellFormed} queries without a checked error in their published text, {bound} bind ");
        text.Append($"({Percent.Text(bound, wellFormed)}) and {ran} run ({Percent.Text(ran, wellFormed)}).\n\n");
    }

    private static void Blockers(StringBuilder text, IReadOnlyList<QueryOutcome> outcomes)
    {
        text.Append("## Unsupported constructs\n\nThe construct named by each query's first error, and how many queries it blocks\n");
        text.Append("(with the queries whose columns come from data the synthetic tables do not hold).\n\n");
        text.Append("| construct | queries blocked |\n|---|---:|\n");
        foreach (var group in outcomes.Where(o => o.Kind is BlockerKind.Unsupported or BlockerKind.NeedsData)
                     .GroupBy(o => o.Construct!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            text.Append($"| {Cell(group.Key)} | {group.Count()} |\n");
        text.Append('\n');
    }

    private static void Defects(StringBuilder text, IReadOnlyList<QueryOutcome> outcomes)
    {
        text.Append("## Errors in the published queries\n\nChecked by hand (`Outcomes/KnownDefects.cs`).\n\n");
        text.Append("| query | first error | what is wrong |\n|---|---|---|\n");
        foreach (var o in outcomes.Where(o => o.Kind == BlockerKind.QueryDefect))
            text.Append($"| {Cell(o.Entry.File)} | {Cell(o.Problem!)} | {Cell(KnownDefects.Reason(o.Entry.File, o.Problem!)!)} |\n");
        text.Append('\n');
    }

    private static void Unchecked(StringBuilder text, IReadOnlyList<QueryOutcome> outcomes)
    {
        var open = outcomes.Where(o => o.Kind == BlockerKind.Unchecked).ToList();
        text.Append($"## Not yet classified\n\n{open.Count} queries fail with an error nobody has classified as a gap or a defect yet.\n");
        text.Append("Look at each: a genuine error of the query goes into `Outcomes/KnownDefects.cs` with what is wrong; an\n");
        text.Append("error where Kusto accepts the query goes into the known gaps of `Outcomes/OutcomeClassifier.cs`.\n\n");
        if (open.Count == 0) return;
        text.Append("| query | first error |\n|---|---|\n");
        foreach (var o in open) text.Append($"| {Cell(o.Entry.File)} | {Cell(o.Problem!)} |\n");
        text.Append('\n');
    }

    private static void RunErrors(StringBuilder text, IReadOnlyList<QueryOutcome> outcomes)
    {
        text.Append("## Run errors\n\nQueries that bind but fail while executing, grouped by error.\n\n| error | queries |\n|---|---:|\n");
        foreach (var group in outcomes.Where(o => o.Kind == BlockerKind.RunError)
                     .GroupBy(o => o.Problem!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            text.Append($"| {Cell(group.Key)} | {group.Count()} |\n");
        text.Append('\n');
    }

    private static void PerQuery(StringBuilder text, IReadOnlyList<QueryOutcome> outcomes)
    {
        text.Append("## Per query\n\n| query | licence | parse | bind | run | first problem |\n|---|---|---|---|---|---|\n");
        foreach (var o in outcomes.OrderBy(o => o.Entry.File, StringComparer.Ordinal))
        {
            text.Append($"| {Cell(o.Entry.File)} | {o.Entry.Licence} | {Mark(o.Parsed)} | {Mark(o.Bound)} | {Mark(o.Ran)} | ");
            text.Append(o.Problem is null ? "" : Cell($"{Label(o)}{o.Problem}")).Append(" |\n");
        }
    }

    private static string Label(QueryOutcome o) => o.Kind switch
    {
        BlockerKind.Unsupported => $"unsupported {o.Construct}: ",
        BlockerKind.NeedsData => "needs data: ",
        BlockerKind.QueryDefect => "query defect: ",
        BlockerKind.Unchecked => "unclassified: ",
        _ => "",
    };

    private static string Mark(bool passed) => passed ? "yes" : "no";

    /// <summary>Pipes and line breaks would break the Markdown table.</summary>
    private static string Cell(string value) => value.Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");
}
