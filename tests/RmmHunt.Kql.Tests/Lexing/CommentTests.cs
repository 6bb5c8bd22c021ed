using RmmHunt.Kql.Syntax;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Lexing;

public class CommentTests
{
    [Fact]
    public void Line_comments_are_trivia_anywhere()
    {
        var compilation = Compile("""
            // header comment
            DeviceProcessEvents // the table
            // a whole line
            | where FileName == "cmd.exe" // trailing
            | project FileName // last
            """);
        Assert.False(compilation.HasErrors, compilation.FormatDiagnostics());
    }

    [Fact]
    public void Slashes_inside_strings_are_not_comments() =>
        Assert.Equal("http://example.com//x", LiteralValue("\"http://example.com//x\""));

    [Fact]
    public void A_comment_ends_at_the_line_break()
    {
        var tokens = Tokens("a // b c\nd");
        Assert.Equal(["a", "d"], tokens.Select(t => t.Text));
        Assert.True(tokens[1].HasLeadingTrivia);
    }

    [Fact]
    public void Division_is_not_a_comment() =>
        Assert.Equal([TokenKind.Long, TokenKind.Slash, TokenKind.Long], Tokens("4/2").Select(t => t.Kind));
}
