using RmmHunt.Kql.Diagnostics;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Lexing;

/// <summary>String literal forms; https://learn.microsoft.com/kusto/query/scalar-data-types/string</summary>
public class StringLiteralTests
{
    [Theory]
    [InlineData("'single'", "single")]
    [InlineData("\"double\"", "double")]
    [InlineData("'say \"hi\"'", "say \"hi\"")]
    [InlineData("\"it's\"", "it's")]
    [InlineData(@"'it\'s'", "it's")]
    [InlineData(@"""a \""quoted\"" word""", "a \"quoted\" word")]
    [InlineData(@"""tab\there""", "tab\there")]
    [InlineData(@"""line\nbreak""", "line\nbreak")]
    [InlineData(@"""back\\slash""", @"back\slash")]
    [InlineData("\"\"", "")]
    public void Quoted_strings_decode_their_escapes(string literal, string expected) =>
        Assert.Equal(expected, LiteralValue(literal));

    [Theory]
    [InlineData(@"@""C:\Windows\System32""", @"C:\Windows\System32")]
    [InlineData(@"@'C:\temp\'", @"C:\temp\")]
    [InlineData(@"@""say """"hi""""""", "say \"hi\"")]
    [InlineData(@"@'it''s'", "it's")]
    public void Verbatim_strings_keep_backslashes_and_double_their_quote(string literal, string expected) =>
        Assert.Equal(expected, LiteralValue(literal));

    [Theory]
    [InlineData("h'secret'", "secret")]
    [InlineData("h\"secret\"", "secret")]
    [InlineData("H'secret'", "secret")]
    [InlineData(@"h@'C:\x'", @"C:\x")]
    public void Obfuscated_strings_have_the_plain_value(string literal, string expected) =>
        Assert.Equal(expected, LiteralValue(literal));

    [Fact]
    public void Multi_line_literal_keeps_line_breaks_and_backslashes_verbatim() =>
        Assert.Equal("first\nsecond \\n", LiteralValue("```first\nsecond \\n```"));

    [Fact]
    public void Adjacent_literals_of_any_kind_concatenate()
    {
        // The doc's example: all three spell a string of length 13.
        Assert.Equal("Hello, world!", LiteralValue("\"Hello\"', '@\"world!\""));
        Assert.Equal("Hello, world!", LiteralValue("\"Hello\" ', ' @\"world!\""));
        Assert.Equal("Hello, world!", LiteralValue("\"Hello\"\n  // Comment\n  ', '@\"world!\""));
    }

    [Fact]
    public void A_word_starting_with_h_is_still_a_name()
    {
        var name = Assert.IsType<Syntax.NameExpr>(Expression("hostname"));
        Assert.Equal("hostname", name.Name);
    }

    [Theory]
    [InlineData("print x = 'open")]
    [InlineData("print x = \"open\n| take 1")]
    [InlineData("print x = @'open")]
    [InlineData("print x = ```open")]
    public void Unterminated_strings_are_reported(string query)
    {
        var error = Assert.Single(Errors(query), d => d.Code == DiagnosticCodes.UnterminatedString);
        Assert.Equal(10, error.Span.Start);
    }
}
