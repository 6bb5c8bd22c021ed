namespace RmmHunt.Engine.Tests.Numbers;

/// <summary>https://learn.microsoft.com/kusto/query/numerical-operators</summary>
public class ArithmeticTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Theory]
    [InlineData("5 / 2", "2")]
    [InlineData("-5 / 2", "-2")]
    [InlineData("1 / 2", "0")]
    [InlineData("5.0 / 2", "2.5")]
    [InlineData("1 / 2.0", "0.5")]
    [InlineData("real(1) / 2", "0.5")]
    [InlineData("todouble(5) / 2", "2.5")]
    [InlineData("int(7) / int(2)", "3")]
    public void Integer_division_truncates(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("14 % 12", "2")]
    [InlineData("-14 % 12", "10")]
    [InlineData("14 % -12", "2")]
    [InlineData("-14 % -12", "10")]
    [InlineData("int(-7) % int(3)", "2")]
    [InlineData("-7.5 % 2.0", "0.5")]
    public void Modulo_is_never_negative(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 - 2 - 3", "5")]
    [InlineData("2 * 3 % 4", "2")]
    [InlineData("-2 * -3", "6")]
    public void Precedence_and_associativity(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Mixed_types_promote_to_real()
    {
        Assert.IsType<double>(Kusto.Scalar("1 + 0.5"));
        Assert.IsType<long>(Kusto.Scalar("int(1) + 2"));
        Assert.Equal(1.5, Kusto.Scalar("int(1) + 0.5"));
    }

    [Fact]
    public void Abs_bin_and_floor()
    {
        Assert.Equal("5", Eval("abs(-5)"));
        Assert.Equal("1.5", Eval("abs(-1.5)"));
        Assert.Equal("10", Eval("bin(14, 5)"));
        Assert.Equal("10", Eval("floor(14, 5)"));
        Assert.Equal("4.5", Eval("bin(4.7, 0.5)"));
    }
}
