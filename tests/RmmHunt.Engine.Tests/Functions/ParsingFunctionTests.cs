namespace RmmHunt.Engine.Tests.Functions;

/// <summary>parse_url, parse_urlquery, parse_path, parse_command_line, extract_json (https://learn.microsoft.com/kusto/query/NAME-function).</summary>
public class ParsingFunctionTests
{
    private static string Eval(string expression) => Kusto.ScalarText(expression);

    [Fact] // parse-url-function; the Path keeps its '/', as Kusto's output in microsoft/Kusto-Query-Language issue 112
    public void Parse_url_splits_an_absolute_url() => Assert.Equal(
        "{\"Scheme\":\"scheme\",\"Host\":\"host\",\"Port\":\"1234\",\"Path\":\"/this/is/a/path\",\"Username\":\"username\",\"Password\":\"password\",\"Query Parameters\":{\"k1\":\"v1\",\"k2\":\"v2\"},\"Fragment\":\"fragment\"}",
        Eval("parse_url('scheme://username:password@host:1234/this/is/a/path?k1=v1&k2=v2#fragment')"));

    [Theory] // the outputs quoted in microsoft/Kusto-Query-Language issue 112 (Kusto's behaviour, odd parts included)
    [InlineData("https://john.doe@www.example.com:123/forum/questions/?tag=networking&order=newest#top", "Host", "john.doe@www.example.com")]
    [InlineData("https://john.doe@www.example.com:123/forum/questions/?tag=networking&order=newest#top", "Path", "/forum/questions/")]
    [InlineData("https://john.doe@www.example.com:123/forum/questions/?tag=networking&order=newest#top", "Username", "")]
    [InlineData("ldap://[2001:db8::7]/c=GB?objectClass?one", "Host", "[2001:db8:")]
    [InlineData("ldap://[2001:db8::7]/c=GB?objectClass?one", "Port", "7]")]
    [InlineData("ldap://[2001:db8::7]/c=GB?objectClass?one", "Query Parameters", "{}")]
    [InlineData("mailto:John.Doe@example.com", "Host", "")]
    [InlineData("www.bing.com", "Host", "")] // not absolute
    [InlineData("https://www.bing.com", "Path", "")]
    public void Parse_url_parts(string url, string part, string expected) =>
        Assert.Equal(expected, Eval($"tostring(parse_url('{url}')['{part}'])"));

    [Theory] // parse-url-query-function; a repeated key keeps its last value (dataexplorer-docs issue 917)
    [InlineData("parse_urlquery('k1=v1&k2=v2&k3=v3')", "{\"Query Parameters\":{\"k1\":\"v1\",\"k2\":\"v2\",\"k3\":\"v3\"}}")]
    [InlineData("tostring(parse_urlquery('view=vs-2019&preserve-view=true')['Query Parameters']['preserve-view'])", "true")]
    [InlineData("parse_urlquery('c=1&c=2&c=3')", "{\"Query Parameters\":{\"c\":\"3\"}}")]
    [InlineData("parse_urlquery('q=a+b%21')", "{\"Query Parameters\":{\"q\":\"a b!\"}}")] // decided: values are URL-decoded
    public void Parse_urlquery(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // parse-path-function
    [InlineData(@"C:\temp\file.txt", "{\"Scheme\":\"\",\"RootPath\":\"C:\",\"DirectoryPath\":\"C:\\\\temp\",\"DirectoryName\":\"temp\",\"Filename\":\"file.txt\",\"Extension\":\"txt\",\"AlternateDataStreamName\":\"\"}")]
    [InlineData(@"temp\file.txt", "{\"Scheme\":\"\",\"RootPath\":\"\",\"DirectoryPath\":\"temp\",\"DirectoryName\":\"temp\",\"Filename\":\"file.txt\",\"Extension\":\"txt\",\"AlternateDataStreamName\":\"\"}")]
    [InlineData("file://C:/temp/file.txt:some.exe", "{\"Scheme\":\"file\",\"RootPath\":\"C:\",\"DirectoryPath\":\"C:/temp\",\"DirectoryName\":\"temp\",\"Filename\":\"file.txt\",\"Extension\":\"txt\",\"AlternateDataStreamName\":\"some.exe\"}")]
    [InlineData(@"\\shared\users\temp\file.txt.gz", "{\"Scheme\":\"\",\"RootPath\":\"\",\"DirectoryPath\":\"\\\\\\\\shared\\\\users\\\\temp\",\"DirectoryName\":\"temp\",\"Filename\":\"file.txt.gz\",\"Extension\":\"gz\",\"AlternateDataStreamName\":\"\"}")]
    [InlineData("/usr/lib/temp/file.txt", "{\"Scheme\":\"\",\"RootPath\":\"\",\"DirectoryPath\":\"/usr/lib/temp\",\"DirectoryName\":\"temp\",\"Filename\":\"file.txt\",\"Extension\":\"txt\",\"AlternateDataStreamName\":\"\"}")]
    public void Parse_path(string path, string expected) =>
        Assert.Equal([expected], Kusto.Run($"datatable(p:string)[@'{path}'] | project parse_path(p)").ColumnText("Column1"));

    [Theory] // parse-command-line-function: the rules of CommandLineToArgvW
    [InlineData("echo \"hello world!\"", "[\"echo\",\"hello world!\"]")]
    [InlineData(@"cmd.exe /c ""dir C:\Program Files""", "[\"cmd.exe\",\"/c\",\"dir C:\\\\Program Files\"]")]
    [InlineData(@"""C:\Program Files\app.exe"" -x", "[\"C:\\\\Program Files\\\\app.exe\",\"-x\"]")]
    [InlineData(@"a.exe a\\\""b c", "[\"a.exe\",\"a\\\\\\\"b\",\"c\"]")] // 2n+1 backslashes: n and a literal quote
    [InlineData(@"a.exe ""a\\"" b", "[\"a.exe\",\"a\\\\\",\"b\"]")] // 2n backslashes: n, and the quote closes
    [InlineData(@"a.exe a\b", "[\"a.exe\",\"a\\\\b\"]")]
    [InlineData("a.exe \"\"", "[\"a.exe\",\"\"]")]
    [InlineData(" a.exe b", "[\"\",\"a.exe\",\"b\"]")] // leading white space: an empty program name
    [InlineData("", "[]")]
    public void Parse_command_line(string commandLine, string expected) =>
        Assert.Equal([expected], Kusto.Run($"datatable(c:string)[@'{commandLine.Replace("'", "''")}'] | project r = parse_command_line(c, 'windows')").ColumnText("r"));

    [Fact]
    public void Parse_command_line_knows_only_the_windows_parser() =>
        Assert.ThrowsAny<Exception>(() => Eval("parse_command_line('a b', 'unix')"));

    [Theory] // extract-json-function
    [InlineData("extract_json('$.name', '{\"name\": \"John\", \"age\": 30, \"city\": \"New York\"}', typeof(string))", "John")]
    [InlineData("extract_json('$.age', '{\"name\": \"John\", \"age\": 30}', typeof(long))", "30")]
    [InlineData("extractjson('$.a.b[1]', '{\"a\":{\"b\":[1,2]}}')", "2")]
    [InlineData("extractjson(\"$['a']\", '{\"a\":[1,2]}')", "[1,2]")]
    [InlineData("extract_json('$.missing', '{\"a\":1}')", "")]
    [InlineData("extract_json('$.missing', '{\"a\":1}', typeof(long))", "null")]
    [InlineData("extract_json('$.a', 'not json')", "")]
    public void Extract_json(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory] // parse-xml-function: the docs' conversion table
    [InlineData("<e/>", "{\"e\":null}")]
    [InlineData("<e>text</e>", "{\"e\":\"text\"}")]
    [InlineData("<e name=\"value\" />", "{\"e\":{\"@name\":\"value\"}}")]
    [InlineData("<e name=\"value\">text</e>", "{\"e\":{\"@name\":\"value\",\"#text\":\"text\"}}")]
    [InlineData("<e> <a>text</a> <b>text</b> </e>", "{\"e\":{\"a\":\"text\",\"b\":\"text\"}}")]
    [InlineData("<e> <a>text</a> <a>text</a> </e>", "{\"e\":{\"a\":[\"text\",\"text\"]}}")]
    [InlineData("<e>text<a>text</a></e>", "{\"e\":{\"#text\":\"text\",\"a\":\"text\"}}")]
    [InlineData("<?xml version=\"1.0\"?><!-- c --><d><v>118.0</v></d>", "{\"d\":{\"v\":\"118.0\"}}")] // decided: values stay strings
    [InlineData("<e>", "null")]
    [InlineData("", "null")]
    [InlineData(" \t <e/>", "{\"e\":null}")] // white space before the root
    [InlineData("text <e/>", "null")]
    public void Parse_xml(string xml, string expected) =>
        Assert.Equal([expected], Kusto.Run($"datatable(x:string)[@'{xml.Replace("'", "''")}'] | project r = parse_xml(x)").ColumnText("r"));

    [Fact] // the corpus use: an attribute of the root element
    public void Parse_xml_attribute_access() =>
        Assert.Equal("10.0.0.0/8", Eval("tostring(parse_xml('<IpRange Subnet=\"10.0.0.0/8\"/>').IpRange.['@Subnet'])"));
}
