namespace RmmHunt.Engine.Tests.Functions;

/// <summary>String functions, with the examples of their doc pages (https://learn.microsoft.com/kusto/query/NAME-function).</summary>
public class StringFunctionTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Theory] // split-function
    [InlineData("split('aa_bb', '_')", "[\"aa\",\"bb\"]")]
    [InlineData("split('aaa_bbb_ccc', '_', 1)", "[\"bbb\"]")]
    [InlineData("split('', '_')", "[\"\"]")]
    [InlineData("split('a__b', '_')", "[\"a\",\"\",\"b\"]")]
    [InlineData("split('aabbcc', 'bb')", "[\"aa\",\"cc\"]")]
    [InlineData("split('a_b', '_', 5)", "[]")] // docs: "the requested substring at the index if it exists"
    [InlineData("split(1234, '3')", "[\"12\",\"4\"]")] // the source is any scalar, split as its text
    public void Split(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact] // Kusto.Language names split()'s column after its first argument
    public void Split_names_its_column_after_the_source() =>
        Assert.Equal(["s"], Kusto.Run("print s = 'a/b' | project split(s, '/')").ColumnNames());

    [Theory] // strcat-delim-function, strcat-array-function, strrep-function
    [InlineData("strcat_delim('-', 1, '2', 'Three', 4.5)", "1-2-Three-4.5")]
    [InlineData("strcat_array(dynamic([1, 2, 3]), '->')", "1->2->3")]
    [InlineData("strcat_array(dynamic([1, 2, 3]), '\"')", "1\"2\"3")]
    [InlineData("strcat_array(dynamic(['a', null, 'b']), ',')", "a,,b")]
    [InlineData("strrep('ABC', 2)", "ABCABC")]
    [InlineData("strrep(123, 3, '.')", "123.123.123")]
    [InlineData("strrep(3s, 2, ' ')", "00:00:03 00:00:03")]
    [InlineData("strrep('x', 0)", "")] // docs: the multiplier must be 1 or more; decided: "" below that
    public void Concatenation(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Strrep_repeats_at_most_1024_times() => Assert.Equal(1024, Eval("strrep('a', 5000)").Length);

    [Theory] // translate-function, reverse-function, strcmp-function
    [InlineData("translate('abc', 'x', 'abc')", "xxx")]
    [InlineData("translate('abc', '', 'ab')", "")]
    [InlineData("translate('krasp', 'otsku', 'spark')", "kusto")]
    [InlineData("reverse('ABCDEF')", "FEDCBA")]
    [InlineData("reverse(123)", "321")]
    [InlineData("reverse('')", "")]
    [InlineData("strcmp('ABC', 'ABC')", "0")]
    [InlineData("strcmp('abc', 'ABC')", "1")]
    [InlineData("strcmp('ABC', 'abc')", "-1")]
    [InlineData("strcmp('abcde', 'abc')", "1")]
    public void Character_functions(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Reverse_keeps_surrogate_pairs_whole() => Assert.Equal("b\U0001F600a", Eval("reverse('a\U0001F600b')"));

    [Theory] // string-size-function, isascii-function, isutf8-function
    [InlineData("strlen('hello')", "5")] // strlen-function
    [InlineData("strlen('⒦⒰⒮⒯⒪')", "5")]
    [InlineData("strlen('C\u0327edilla')", "8")] // C and a combining cedilla: two code points
    [InlineData("strlen('a\U0001F600')", "2")] // a surrogate pair is one code point
    [InlineData("string_size('hello')", "5")]
    [InlineData("string_size('⒦⒰⒮⒯⒪')", "15")]
    [InlineData("isascii('some string')", "true")]
    [InlineData("isascii('Ünicode')", "false")]
    [InlineData("isutf8('some string')", "true")]
    [InlineData("toupper('hello')", "HELLO")]
    [InlineData("tolower(123)", "123")]
    public void Sizes_and_checks(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact] // strlen-function: Kusto names the column strlen_<argument>
    public void Strlen_and_string_size_name_their_column_after_the_argument() =>
        Assert.Equal(["s", "strlen_s", "string_size_s"], Kusto.Run("print s = 'abc' | extend strlen(s), string_size(s)").ColumnNames());

    [Theory] // parse-csv-function
    [InlineData("parse_csv('aaa,b,c')", "[\"aaa\",\"b\",\"c\"]")]
    [InlineData("parse_csv('aa,\"b,b,b\",cc,\"Escaping quotes: \"\"Title\"\"\",\"line1\\nline2\"')",
        "[\"aa\",\"b,b,b\",\"cc\",\"Escaping quotes: \\\"Title\\\"\",\"line1\\nline2\"]")]
    [InlineData("parse_csv('a,b\\nc,d')", "[\"a\",\"b\"]")] // one record: the first line
    [InlineData("parse_csv('')", "[\"\"]")]
    public void Parse_csv(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // format-bytes-function
    [InlineData("format_bytes(564)", "564 Bytes")]
    [InlineData("format_bytes(10332, 1)", "10.1 KB")]
    [InlineData("format_bytes(20010332)", "19 MB")]
    [InlineData("format_bytes(20010332, 2)", "19.08 MB")]
    [InlineData("format_bytes(20010332, 0, 'KB')", "19541 KB")]
    public void Format_bytes(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // unicode-codepoints-from-string-function, unicode-codepoints-to-string-function (make_string is its deprecated name)
    [InlineData("unicode_codepoints_from_string('⒦⒰⒮⒯⒪')", "[9382,9392,9390,9391,9386]")]
    [InlineData("unicode_codepoints_from_string('K')", "[75]")]
    [InlineData("unicode_codepoints_to_string(75, 117, 115, 116, 111)", "Kusto")]
    [InlineData("unicode_codepoints_to_string(dynamic([75, 117, 115]), 116, 111)", "Kusto")]
    [InlineData("make_string(dynamic([75, 117, 115, 116, 111]))", "Kusto")]
    public void Code_points(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact] // Kusto.Language lets pack_array() take any number of values
    public void Pack_array_takes_more_than_64_values() =>
        Assert.Equal(70, ((RmmHunt.Kql.Values.DynArray)Kusto.Scalar("pack_array(" + string.Join(", ", Enumerable.Range(1, 70)) + ")")!).Count);

    [Theory] // replace-strings-function
    [InlineData("replace_strings('A magic trick can turn a cat into a dog', dynamic(['cat', 'dog']), dynamic(['dog', 'pigeon']))", "A magic trick can turn a dog into a pigeon")]
    [InlineData("replace_strings('A magic trick can turn a cat into a dog', dynamic(['turn', ' into a dog']), dynamic(['disappear', '']))", "A magic trick can disappear a cat")]
    [InlineData("replace_strings('This is an example', dynamic(['This', 'is']), dynamic(['This', 'was']))", "This was an example")]
    [InlineData("replace_strings('This is an example', dynamic(['is', 'This']), dynamic(['was', 'This']))", "Thwas was an example")]
    [InlineData("replace_strings('This is an example', dynamic(['This', 'is']), dynamic([12345, 'was']))", "This was an example")]
    public void Replace_strings(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // indexof-regex-function
    [InlineData("indexof_regex('abcabc', @'a.c')", "0")]
    [InlineData("indexof_regex('abcabcdefg', @'a.c', 0, 9, 2)", "3")]
    [InlineData("indexof_regex('abcabc', @'a.c', 1, -1, 2)", "-1")]
    [InlineData("indexof_regex('ababaa', @'a.a', 0, -1, 2)", "-1")]
    [InlineData("indexof_regex('abcabc', @'a|ab', -1)", "null")]
    public void Indexof_regex(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // has-any-index-function, regex-quote-function, array_strcat and to_utf8 (deprecated aliases)
    [InlineData("has_any_index('this is an example', dynamic(['this', 'example']))", "0")]
    [InlineData("has_any_index('this is an example', dynamic(['not', 'example']))", "1")]
    [InlineData("has_any_index('this is an example', dynamic(['not', 'found']))", "-1")]
    [InlineData("has_any_index('Example number 2', range(1, 3, 1))", "1")]
    [InlineData("has_any_index('this is an example', dynamic([]))", "-1")]
    [InlineData("regex_quote('(so$me.Te^xt)')", "\\(so\\$me\\.Te\\^xt\\)")]
    [InlineData("array_strcat(dynamic([1, 2, 3]), '->')", "1->2->3")]
    [InlineData("to_utf8('K')", "[75]")]
    public void Search_and_aliases(string expression, string expected) => Assert.Equal(expected, Eval(expression));
}
