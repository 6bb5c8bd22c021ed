using RmmHunt.Kql.Diagnostics;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Parsing;

/// <summary>Text Kusto accepts although it looks wrong, as published queries contain it.</summary>
public class KustoLeniencyTests
{
    [Fact]
    public void Where_with_a_single_equals_filters_by_the_right_side_with_a_warning()
    {
        // Kusto drops the name and filters by the value (reprise99/Sentinel-Queries issue 16).
        var compilation = Compile("DeviceEvents | where IsAudit = true");
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
        var warning = Assert.Single(compilation.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(DiagnosticCodes.Suspicious, warning.Code);
        Assert.Contains("did you mean '=='", warning.Message);
        Assert.Contains("'IsAudit'", warning.Message);
    }

    [Theory]
    [InlineData('\u200b')] // zero-width space, pasted from web pages
    [InlineData('\ufeff')] // byte order mark
    [InlineData('\u00a0')] // no-break space
    public void Unicode_spaces_that_kusto_skips_are_whitespace(char space)
    {
        var compilation = Compile($"DeviceEvents{space}\n| where{space} ActionType == 'x'");
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
    }

    [Fact]
    public void A_bracketed_name_ends_a_project_reorder_list_at_the_end_of_its_line()
    {
        var blocks = KqlCompilation.CompileEach(new Text.SourceText(
            "DeviceEvents\n| summarize ['Failed logons'] = count() by DeviceName\n| project-reorder DeviceName, ['Failed logons']\n\nDeviceEvents | take 1"), Defender);
        Assert.Equal(2, blocks.Count);
        Assert.All(blocks, b => Assert.False(b.HasErrors, b.FormatDiagnostics()));
    }
}
