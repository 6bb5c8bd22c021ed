namespace RmmHunt.Engine.Tests.Numbers;

/// <summary>Numeric functions (https://learn.microsoft.com/kusto/query/NAME-function).</summary>
public class MathFunctionTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Theory] // round-function
    [InlineData("round(2.98765, 3)", "2.988")]
    [InlineData("round(2.15, 1)", "2.2")]
    [InlineData("round(2.15)", "2")]
    [InlineData("round(-50.55, -2)", "-100")]
    [InlineData("round(21.5, -1)", "20")]
    [InlineData("round(1250, -2)", "1300")] // a long stays a long, rounded to hundreds
    [InlineData("round(real(null), 1)", "null")]
    public void Round(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // ceiling-function, bin-at-function
    [InlineData("ceiling(-1.1)", "-1")]
    [InlineData("ceiling(0)", "0")]
    [InlineData("ceiling(1.1)", "2")]
    [InlineData("bin_at(6.5, 2.5, 7)", "4.5")]
    [InlineData("bin_at(time(1h), 1d, 12h)", "-12:00:00")]
    [InlineData("bin_at(datetime(2017-05-15 10:20:00.0), 1d, datetime(1970-01-01 12:00:00.0))", "2017-05-14T12:00:00.0000000Z")]
    [InlineData("bin_at(7, 2, 0)", "6")]
    public void Ceiling_and_bin_at(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // sqrt-function, log-function, log2-function, log10-function, exp-function, pow-function
    [InlineData("sqrt(4)", "2")]
    [InlineData("sqrt(-1)", "null")]
    [InlineData("log(5)", "1.6094379124341003")]
    [InlineData("log(-1)", "null")] // docs: null for a negative number
    [InlineData("log2(8)", "3")]
    [InlineData("log10(1000)", "3")]
    [InlineData("exp(0)", "1")]
    [InlineData("exp2(3)", "8")]
    [InlineData("exp10(2)", "100")]
    [InlineData("pow(2, 3)", "8")]
    [InlineData("pow(2.5, 2)", "6.25")]
    public void Powers_and_logarithms(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // cos/sin/tan/cot-function, degrees-function, radians-function, sign-function, pi-function
    [InlineData("cos(0)", "1")]
    [InlineData("sin(0)", "0")]
    [InlineData("tan(0)", "0")]
    [InlineData("cot(pi() / 4) > 0.9999", "true")]
    [InlineData("degrees(pi() / 4)", "45")]
    [InlineData("radians(180) == pi()", "true")]
    [InlineData("sign(-42)", "-1")]
    [InlineData("sign(0)", "0")]
    [InlineData("sign(11.2)", "1")]
    public void Trigonometry(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // binary-and/or/xor/not/shift-left/shift-right-function
    [InlineData("binary_and(6, 3)", "2")]
    [InlineData("binary_or(6, 3)", "7")]
    [InlineData("binary_xor(6, 3)", "5")]
    [InlineData("binary_not(100)", "-101")]
    [InlineData("binary_shift_left(1, 2)", "4")]
    [InlineData("binary_shift_right(8, 2)", "2")]
    [InlineData("bitset_count_ones(42)", "3")]
    public void Bitwise(string expression, string expected) => Assert.Equal(expected, Eval(expression));
}
