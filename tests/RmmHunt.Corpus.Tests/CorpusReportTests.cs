using RmmHunt.Corpus.Tests.Outcomes;
using RmmHunt.Corpus.Tests.Report;
using RmmHunt.Testing;

namespace RmmHunt.Corpus.Tests;

/// <summary>
/// The corpus of published hunting queries as a regression suite: the committed report must match what
/// the code does now, and the share of queries that bind and run may only go up (a ratchet: raise the
/// floors when a change lifts the figures).
/// </summary>
public class CorpusReportTests(CorpusOutcomes corpus) : IClassFixture<CorpusOutcomes>
{
    /// <summary>Percent of unique queries that bind without error; the figure when last raised.</summary>
    private const double BindFloor = 95.5;

    /// <summary>Percent of unique queries that execute without error over the synthetic tables.</summary>
    private const double RunFloor = 95.5;

    /// <summary>Failures nobody has classified as a gap of RmmHunt or a defect of the query.</summary>
    private const int MaxUnclassified = 0;

    private static string ReportPath => Path.Combine(RepoPaths.Root, "tests", "corpus-report.md");

    [Fact]
    public void Committed_report_is_up_to_date()
    {
        string report = CorpusReport.Render(corpus.All);
        if (Environment.GetEnvironmentVariable("RMMHUNT_REGENERATE") == "1") File.WriteAllText(ReportPath, report);
        string committed = File.Exists(ReportPath) ? File.ReadAllText(ReportPath).ReplaceLineEndings("\n") : "";
        Assert.True(committed == report,
            "tests/corpus-report.md is out of date: run RMMHUNT_REGENERATE=1 dotnet test tests/RmmHunt.Corpus.Tests and commit it");
    }

    [Fact]
    public void Every_well_formed_query_parses()
    {
        var unparsed = corpus.All.Where(o => !o.Parsed && o.Kind != BlockerKind.QueryDefect).Select(o => $"{o.Entry.File}: {o.Problem}");
        Assert.Empty(unparsed);
    }

    [Fact]
    public void Bind_rate_does_not_drop()
    {
        double bound = Percent.Of(corpus.All.Count(o => o.Bound), corpus.All.Count);
        Assert.True(bound >= BindFloor, $"{bound}% of the corpus queries bind, below the floor of {BindFloor}%");
    }

    [Fact]
    public void Run_rate_does_not_drop()
    {
        double ran = Percent.Of(corpus.All.Count(o => o.Ran), corpus.All.Count);
        Assert.True(ran >= RunFloor, $"{ran}% of the corpus queries run, below the floor of {RunFloor}%");
    }

    [Fact]
    public void Every_failure_names_a_construct_or_a_checked_defect()
    {
        var open = corpus.All.Where(o => o.Kind == BlockerKind.Unchecked).ToList();
        Assert.True(open.Count <= MaxUnclassified,
            $"{open.Count} failures are not classified (see 'Not yet classified' in the report):\n" + string.Join("\n", open.Select(o => $"{o.Entry.File}: {o.Problem}")));
    }

    [Fact]
    public void Known_defects_name_files_of_the_corpus()
    {
        var files = corpus.All.Select(o => o.Entry.File).ToHashSet(StringComparer.Ordinal);
        Assert.All(KnownDefects.Files, f => Assert.Contains(f, files));
    }
}
