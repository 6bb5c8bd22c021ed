using RmmHunt.Kql.Diagnostics;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Parsing;

/// <summary>One compile reports every syntax error, each where it is, and never throws.</summary>
public class ErrorRecoveryTests
{
    private static (int Line, int Column)[] Locations(string query)
    {
        var compilation = Compile(query);
        return compilation.Diagnostics.Where(d => d.IsError).Select(d => compilation.Source.LocationOf(d.Span.Start)).ToArray();
    }

    [Fact]
    public void Two_errors_on_separate_lines_are_both_reported()
    {
        var locations = Locations("""
            DeviceProcessEvents
            | where FileName ==
            | extend x = 1 +
            | take 10
            """);
        Assert.Equal([(3, 1), (4, 1)], locations);
    }

    [Fact]
    public void Parsing_resumes_at_the_next_pipe_after_stray_text()
    {
        // The stray '=' does not swallow the error in the extend after it.
        var errors = Errors("DeviceProcessEvents | where FileName = = 'x' | extend b = (1 + | take 1");
        Assert.True(errors.Length >= 2);
        Assert.Contains(errors, e => e.Span.Start == 37 && e.Message.Contains("'='"));
        Assert.Contains(errors, e => e.Span.Start == 63 && e.Message.Contains("expected an expression"));
    }

    [Fact]
    public void Errors_in_separate_statements_are_both_reported()
    {
        var locations = Locations("""
            let a = 1 +;
            let b = (2;
            print a
            """);
        Assert.Equal(2, locations.Length);
        Assert.Equal((1, 12), locations[0]);
        Assert.Equal(2, locations[1].Line);
    }

    [Fact]
    public void Missing_closing_parenthesis_points_at_the_end()
    {
        var error = Assert.Single(Errors("print x = (1 + 2"));
        Assert.Contains("')'", error.Message);
        Assert.Equal(16, error.Span.Start);
    }

    [Fact]
    public void Invalid_character_is_reported_and_parsing_goes_on()
    {
        var errors = Errors("print x = 1 # 2, y = ");
        Assert.Contains(errors, e => e.Code == DiagnosticCodes.InvalidCharacter && e.Span.Start == 12);
    }

    [Fact]
    public void Syntax_errors_suppress_binding_errors()
    {
        // The unknown table would be a binding error; the syntax error alone is reported.
        var error = Assert.Single(Errors("NoSuchTable | where x == "));
        Assert.Equal(DiagnosticCodes.SyntaxError, error.Code);
    }

    [Fact]
    public void One_error_per_position()
    {
        // The missing ')' and the stray name after it are the same mistake: report it once.
        var error = Assert.Single(Errors("DeviceProcessEvents | where (FileName contains 'a' FolderPath contains 'b' | take 1"));
        Assert.Contains("expected ')' but found 'FolderPath'", error.Message);
    }

    [Fact]
    public void A_let_after_a_query_without_semicolon_says_so()
    {
        var error = Assert.Single(Errors("DeviceProcessEvents | where FileName == 'a'\nlet x = 1;\nprint x"));
        Assert.Contains("expected ';'", error.Message);
        Assert.Contains("'let'", error.Message);
    }
}
