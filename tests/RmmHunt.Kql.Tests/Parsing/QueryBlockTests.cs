using RmmHunt.Kql.Text;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Parsing;

/// <summary>
/// Published query files often hold several queries one after another, separated by a blank line, as
/// an editor holds them (a Sentinel and a Defender variant). Each is compiled on its own.
/// </summary>
public class QueryBlockTests
{
    private const string TwoQueries = """
        // Sentinel
        DeviceEvents
        | where ActionType == "AntivirusDetection"
        | project
            DeviceName,
            FileName

        // Advanced hunting
        let kind = "AntivirusDetection";
        DeviceEvents
        | where ActionType == kind
        """;

    [Fact]
    public void Each_query_after_a_blank_line_compiles_on_its_own_with_file_positions()
    {
        var blocks = KqlCompilation.CompileEach(new SourceText(TwoQueries, "two.kql"), Defender);
        Assert.Equal(2, blocks.Count);
        Assert.All(blocks, b => Assert.False(b.HasErrors, b.FormatDiagnostics()));
        Assert.Equal(1, blocks[0].Source.FirstLine);
        Assert.Equal(9, blocks[1].Source.FirstLine); // the let line; the comment above stays with the first query
        Assert.Equal(["DeviceName", "FileName"], blocks[0].Query!.Schema.Columns.Select(c => c.Name));
    }

    [Fact]
    public void An_error_in_the_second_query_points_at_its_line_in_the_file()
    {
        var blocks = KqlCompilation.CompileEach(new SourceText(TwoQueries.Replace("== kind", "== kindd"), "two.kql"), Defender);
        Assert.False(blocks[0].HasErrors);
        Assert.StartsWith("two.kql:11:", blocks[1].FormatDiagnostics());
    }

    [Fact]
    public void Compiling_the_whole_text_as_one_query_says_where_the_second_starts()
    {
        var error = Assert.Single(Errors(TwoQueries));
        Assert.Contains("another query starts here", error.Message);
        Assert.Equal(TwoQueries.IndexOf("// Advanced", StringComparison.Ordinal) + "// Advanced hunting\n".Length, error.Span.Start);
    }

    [Fact]
    public void A_name_on_the_next_line_without_a_blank_line_is_still_a_syntax_error()
    {
        // A comment wrapped onto the next line, as published by mistake: not a second query.
        var blocks = KqlCompilation.CompileEach(new SourceText("DeviceEvents\n| where ActionType == 'x' // filter on\nthe name\n| take 1"), Defender);
        var error = Assert.Single(Assert.Single(blocks).Diagnostics, d => d.IsError);
        Assert.Contains("unexpected 'the' after the 'where' operator", error.Message);
    }

    [Fact]
    public void A_let_before_a_blank_line_still_needs_its_semicolon()
    {
        var errors = Errors("let x = 1\n\nDeviceEvents | take 1");
        Assert.Contains(errors, e => e.Message.Contains("expected ';'"));
    }

    [Fact]
    public void A_pipe_after_a_blank_line_continues_the_query()
    {
        var blocks = KqlCompilation.CompileEach(new SourceText("DeviceEvents\n\n| take 1\n\n| count"), Defender);
        Assert.False(Assert.Single(blocks).HasErrors);
    }

    [Fact]
    public void A_render_with_properties_ends_its_query_and_the_next_query_still_compiles()
    {
        const string text = """
            DeviceEvents
            | summarize count() by bin(Timestamp, 1h)
            | render timechart with (title = "Events per hour", ytitle = "events")

            DeviceEvents
            | take 5
            """;
        var blocks = KqlCompilation.CompileEach(new SourceText(text, "render.kql"), Defender);
        Assert.Equal(2, blocks.Count);
        Assert.All(blocks, b => Assert.False(b.HasErrors, b.FormatDiagnostics()));
    }
}
