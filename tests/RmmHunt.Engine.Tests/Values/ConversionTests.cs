namespace RmmHunt.Engine.Tests.Values;

/// <summary>The to*() functions: a value that does not convert is null (tostring gives "").</summary>
public class ConversionTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Theory]
    [InlineData("toint('123')", "123")]
    [InlineData("toint('123') == 123", "true")] // doc toint-function
    [InlineData("toint(2.3)", "2")]             // doc: decimals are truncated
    [InlineData("toint(-2.7)", "-2")]
    [InlineData("toint('abc')", "null")]
    [InlineData("toint('')", "null")]
    [InlineData("tolong('42')", "42")]
    [InlineData("tolong('not a number')", "null")]
    [InlineData("tolong(true)", "1")]
    [InlineData("todouble('1e3')", "1000")]
    [InlineData("todouble('2.5')", "2.5")]
    [InlineData("todouble('x')", "null")]
    [InlineData("toreal(5)", "5")]
    [InlineData("tobool('true')", "true")]
    [InlineData("tobool('FALSE')", "false")]
    [InlineData("tobool('maybe')", "null")]
    [InlineData("toguid('0123456789abcdef0123456789abcdef')", "01234567-89ab-cdef-0123-456789abcdef")]
    [InlineData("toguid('a string that is not a guid')", "null")]
    [InlineData("totimespan('0.00:03:00')", "00:03:00")]
    [InlineData("totimespan('nope')", "null")]
    public void Numbers_bools_guids_timespans(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("tostring(long(null))", "")]
    [InlineData("tostring(datetime(null))", "")]
    [InlineData("tostring(dynamic(null))", "")]
    [InlineData("tostring(1.5)", "1.5")]
    [InlineData("tostring(true)", "true")]
    [InlineData("tostring(int(7))", "7")]
    [InlineData("tostring(2h)", "02:00:00")]
    [InlineData("tostring(datetime(2024-10-07 13:14:15))", "2024-10-07T13:14:15.0000000Z")]
    [InlineData("tostring(dynamic({'a': 'text'}).a)", "text")]
    [InlineData("tostring(dynamic({'a': [1, 'x']}).a)", "[1,\"x\"]")]
    [InlineData("tostring(dynamic({'a': {'b': 2}}))", "{\"a\":{\"b\":2}}")]
    public void Tostring_gives_text_never_null(string expression, string expected)
    {
        Assert.Equal(expected, Eval(expression));
        Assert.NotNull(Kusto.Scalar(expression));
    }

    [Theory]
    [InlineData("todatetime('2024-01-01')", "2024-01-01T00:00:00.0000000Z")]
    [InlineData("todatetime('2024-01-01T10:20:30.5Z')", "2024-01-01T10:20:30.5000000Z")]
    [InlineData("todatetime('2024-01-01 10:20:30')", "2024-01-01T10:20:30.0000000Z")]
    [InlineData("todatetime('nope')", "null")]
    [InlineData("todatetime('12-02-2022') == datetime('12-02-2022')", "true")] // doc todatetime-function
    public void Todatetime(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Parse_json_of_valid_json_is_structured()
    {
        Assert.Equal("1", Eval("parse_json('{\"a\": 1}').a"));
        Assert.Equal("[1,2]", Eval("parse_json('[1, 2]')"));
        Assert.Equal("x", Eval("todynamic('{\"a\": {\"b\": \"x\"}}').a.b"));
    }

    [Fact]
    public void Parse_json_of_invalid_json_is_the_text_as_a_dynamic_string()
    {
        var value = Kusto.Scalar("parse_json('not json')");
        Assert.Equal("not json", Assert.IsType<string>(value));
        Assert.Equal("null", Eval("parse_json('not json').a"));
    }

    [Fact]
    public void Converted_values_compare_as_their_type()
    {
        var result = Kusto.Run("datatable(s:string)['10', '9', 'x'] | where toint(s) > 9");
        Assert.Equal(["10"], result.Text());
    }
}
