namespace RmmHunt.Engine.Tests.Functions;

/// <summary>Functions that take a regular expression (https://learn.microsoft.com/kusto/query/NAME-function).</summary>
public class RegexFunctionTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Theory] // extract-function
    [InlineData("extract('User: ([^,]+)', 1, 'User: JohnDoe, Email: johndoe@example.com, Age: 29')", "JohnDoe")]
    [InlineData("extract(@'-(\\d{2})-', 1, '15-12-2024', typeof(int))", "12")]
    [InlineData("extract(@'x(\\d+)', 0, 'ax12b')", "x12")]
    [InlineData("extract(@'(\\d+)', 1, 'no digits')", "")] // no match: "" for a string (strings are never null)
    [InlineData("extract(@'(\\d+)', 1, 'no digits', typeof(long))", "null")]
    [InlineData("extract(@'(\\w+)', 1, 'abc', typeof(long))", "null")] // conversion fails: null
    [InlineData("extract(@'(a)|(b)', 2, 'a')", "")] // a group that took no part in the match
    [InlineData("extract('(?i)CMD', 0, 'run cmd.exe')", "cmd")]
    public void Extract(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Extract_with_a_type_returns_that_type() =>
        Assert.IsType<long>(Kusto.Scalar("extract(@'(\\d+)', 1, 'port 443', typeof(long))"));

    [Fact]
    public void Extract_needs_a_constant_regex() =>
        Assert.Contains("must be a constant", Kusto.Errors("datatable(re:string)['a'] | extend x = extract(re, 0, 'a')"));

    [Theory] // extract-all-function
    [InlineData("extract_all(@'(\\d+)', 'a set of numbers: 123, 567 and 789')", "[\"123\",\"567\",\"789\"]")]
    [InlineData("extract_all(@'(\\w)(\\w+)(\\w)', '82b8be2d-dfa7-4bd1')", "[[\"8\",\"2b8be2\",\"d\"],[\"d\",\"fa\",\"7\"],[\"4\",\"bd\",\"1\"]]")]
    [InlineData("extract_all(@'(\\w)(\\w+)(\\w)', dynamic([1,3]), '82b8be2d-dfa7')", "[[\"8\",\"d\"],[\"d\",\"7\"]]")]
    [InlineData("extract_all(@'(?P<first>\\w)(?P<middle>\\w+)(?P<last>\\w)', dynamic(['first',2,'last']), '82b8be2d')", "[[\"8\",\"2b8be2\",\"d\"]]")]
    [InlineData("extract_all(@'(\\d+)', 'none')", "null")]
    public void Extract_all(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact] // the docs require one to 16 capture groups
    public void Extract_all_without_a_group_fails() =>
        Assert.ThrowsAny<Exception>(() => Eval("extract_all(@'\\d+', '123')"));

    [Theory] // replace-regex-function, replace-function
    [InlineData(@"replace_regex('A magic trick can turn a cat into a dog', @'cat', 'hamster')", "A magic trick can turn a hamster into a dog")]
    [InlineData(@"replace_regex('Number is 5', @'is (\d+)', @'was: \1')", "Number was: 5")]
    [InlineData(@"replace_regex('abc', @'b', @'[\0]')", "a[b]c")]
    [InlineData(@"replace_regex('price', @'p', @'$1')", "$1rice")] // a '$' in the rewrite is literal
    [InlineData(@"replace(@'is (\d+)', @'was: \1', 'Number is 5')", "Number was: 5")]
    public void Replace(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // countof-function
    [InlineData("countof('aaa', 'a')", "3")]
    [InlineData("countof('aaaa', 'aa')", "3")]
    [InlineData("countof('ababa', 'ab', 'normal')", "2")]
    [InlineData("countof('ababa', 'aba')", "2")]
    [InlineData("countof('ababa', 'aba', 'regex')", "1")]
    [InlineData("countof('abcabc', 'a.c', 'regex')", "2")]
    [InlineData("countof('abc', '')", "0")] // docs silent: an empty search counts nothing
    public void Countof(string expression, string expected) => Assert.Equal(expected, Eval(expression));
}
