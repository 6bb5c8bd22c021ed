using RmmHunt.Kql.Syntax;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Lexing;

public class NumberLiteralTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("42", 42L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("0x1F", 31L)]
    public void Integers_are_long(string text, long expected) => Assert.Equal(expected, LiteralValue(text));

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("2.5E-2", 0.025)]
    [InlineData("-0.25", -0.25)]
    public void Decimals_and_exponents_are_real(string text, double expected) => Assert.Equal(expected, LiteralValue(text));

    [Fact]
    public void One_dot_dot_five_is_a_range_but_one_point_five_is_a_real()
    {
        Assert.Equal([TokenKind.Long, TokenKind.DotDot, TokenKind.Long], Tokens("1..5").Select(t => t.Kind));
        Assert.Equal([TokenKind.Real], Tokens("1.5").Select(t => t.Kind));
        var between = Assert.IsType<BetweenExpr>(Expression("x between (1..5)"));
        Assert.Equal(1L, Assert.IsType<LiteralExpr>(between.Low).Value);
        Assert.Equal(5L, Assert.IsType<LiteralExpr>(between.High).Value);
    }

    [Fact]
    public void Garbage_after_a_number_is_an_invalid_literal()
    {
        var error = Assert.Single(Errors("print x = 12abc"));
        Assert.Contains("12abc", error.Message);
        Assert.Equal(10, error.Span.Start);
    }
}
