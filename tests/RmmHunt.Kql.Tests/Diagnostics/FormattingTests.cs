using RmmHunt.Kql.Text;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Diagnostics;

/// <summary>Diagnostics render as file:line:column, the code and message, the source line and a caret.</summary>
public class FormattingTests
{
    [Fact]
    public void Multi_line_query_renders_line_column_and_caret()
    {
        string text = ErrorText("""
            DeviceNetworkEvents
            | where RemoteUrl has 'server-eye.de'
            | summarize count() by DeviceName, AccountUpn
            """);
        Assert.Equal(
            "3:36: error KQL031: unknown column 'AccountUpn': DeviceNetworkEvents has no such column; did you mean 'InitiatingProcessAccountUpn'?\n" +
            "  | summarize count() by DeviceName, AccountUpn\n" +
            "                                     ^^^^^^^^^^\n",
            text);
    }

    [Fact]
    public void Location_is_relative_to_the_file_the_query_came_from()
    {
        // A rule's query starts on line 20 of its YAML file, indented by 2.
        var source = new SourceText("DeviceInfo\n| where Nope == 1", "rules/x.yaml", firstLine: 20, firstColumn: 3);
        var compilation = KqlCompilation.Compile(source, Defender);
        string text = compilation.FormatDiagnostics();
        Assert.StartsWith("rules/x.yaml:21:11: error KQL031: unknown column 'Nope'", text);
    }

    [Fact]
    public void Several_diagnostics_come_in_source_order()
    {
        string text = ErrorText("print a = nope1,\n  b = nope2");
        int first = text.IndexOf("1:11:", StringComparison.Ordinal);
        int second = text.IndexOf("2:7:", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, text);
    }

    [Fact]
    public void Tabs_are_shown_as_spaces_so_the_caret_lines_up()
    {
        string text = ErrorText("print\tx = nope");
        var lines = text.Split('\n');
        Assert.Equal("  print x = nope", lines[1]);
        Assert.Equal(lines[1].IndexOf("nope", StringComparison.Ordinal), lines[2].IndexOf('^'));
    }

    [Fact]
    public void Error_at_the_end_of_the_query_has_a_caret()
    {
        string text = ErrorText("print x = (1");
        var lines = text.Split('\n');
        Assert.StartsWith("1:13: error KQL010", lines[0]);
        Assert.Equal(12 + 2, lines[2].IndexOf('^'));
    }

    [Fact]
    public void Windows_line_breaks_do_not_shift_columns()
    {
        var compilation = Compile("DeviceInfo\r\n| where Nope == 1");
        var (line, column) = compilation.Source.LocationOf(Assert.Single(compilation.Diagnostics).Span.Start);
        Assert.Equal((2, 9), (line, column));
        Assert.DoesNotContain("\r", compilation.FormatDiagnostics());
    }
}
