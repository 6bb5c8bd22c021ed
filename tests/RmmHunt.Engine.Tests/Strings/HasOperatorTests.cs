using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Tests.Strings;

/// <summary>
/// <c>has</c> is a case-insensitive match of whole terms (maximal alphanumeric runs), or of a phrase
/// bounded by non-alphanumerics; https://learn.microsoft.com/kusto/query/datatypes-string-operators
/// ("What is a term?").
/// </summary>
public class HasOperatorTests
{
    private static bool Eval(string expression) => (bool)Kusto.Scalar(expression)!;

    [Theory]
    [InlineData("occ.server-eye.de", "server-eye.de", true)]
    [InlineData("myserver-eye.de", "server-eye.de", false)]
    [InlineData("server-eye.de.attacker.example", "server-eye.de", true)]
    [InlineData("SERVER-EYE.DE", "server-eye.de", true)]
    [InlineData("server-eye.com", "server-eye.de", false)]
    [InlineData("https://occ.server-eye.de/agent", "server-eye.de", true)]
    [InlineData("ServerEyeMonitor", "ServerEye", false)]
    [InlineData("ServerEye", "servereye", true)]
    [InlineData("Kramer IT Solutions GmbH", "Krämer IT Solutions GmbH", false)]
    [InlineData("Krämer IT Solutions GmbH", "Krämer IT Solutions GmbH", true)]
    [InlineData("Krämer IT Solutions GmbH", "IT Solutions", true)]
    [InlineData("Krämer IT Solutions GmbH", "Solution", false)]
    public void ServerEye_rule_cases(string text, string term, bool expected) =>
        Assert.Equal(expected, Eval($"'{text}' has '{term}'"));

    [Theory]
    [InlineData("KustoExplorerQueryRun", "Explorer", false)]
    [InlineData("Kusto: ad67d136-c1db-4f9f-88ef-d94f3b6b0b5a;KustoExplorerQueryRun", "KustoExplorerQueryRun", true)]
    [InlineData("Kusto: ad67d136-c1db-4f9f-88ef-d94f3b6b0b5a;KustoExplorerQueryRun", "c1db", true)]
    [InlineData("arp.exe -a", "a", true)]
    [InlineData("North America", "amer", false)]
    [InlineData("North America", "america", true)]
    public void Documentation_examples(string text, string term, bool expected) =>
        Assert.Equal(expected, Eval($"'{text}' has '{term}'"));

    [Theory]
    [InlineData("cmd.exe /c whoami", ".exe", true)]
    [InlineData("cmd.exec /c", ".exe", false)]
    [InlineData("ping -n 6 127.0.0.1", "-n 6", true)]
    [InlineData("ping 127.0.0.10", "127.0.0.1", false)]
    [InlineData(@"C:\Users\x", @"\Users\", true)]
    public void Punctuated_needles_match_bounded_phrases(string text, string needle, bool expected) =>
        Assert.Equal(expected, Eval($"@'{text}' has @'{needle}'"));

    [Fact]
    public void Negation_and_case_sensitive_forms()
    {
        Assert.True(Eval("'ServerEyeMonitor' !has 'ServerEye'"));
        Assert.False(Eval("'Server Eye' !has 'eye'"));
        Assert.True(Eval("'Server Eye' has_cs 'Eye'"));
        Assert.False(Eval("'Server Eye' has_cs 'eye'"));
        Assert.True(Eval("'Server Eye' !has_cs 'eye'"));
    }

    [Theory]
    [InlineData("'Server-Eye Agent' has_any ('ServerEye', 'Server-Eye')", true)]
    [InlineData("'ServerEyeAgent' has_any ('ServerEye', 'Server-Eye')", false)]
    [InlineData("'ServerEye Agent' has_any ('ServerEye', 'Server-Eye')", true)]
    [InlineData("'a b c' has_all ('a', 'c')", true)]
    [InlineData("'a b c' has_all ('a', 'd')", false)]
    [InlineData("'A B' has_all ('a', 'b')", true)]
    [InlineData("'server-eye.de agent' has_all ('server-eye.de', 'AGENT')", true)]
    public void Has_any_and_has_all(string expression, bool expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("'ServerEyeMonitor.exe' hasprefix 'ServerEye'", true)]
    [InlineData("'MyServerEye.exe' hasprefix 'ServerEye'", false)]
    [InlineData("'c:/x/ServerEye.exe' hasprefix 'servereye'", true)]
    [InlineData("'ServerEyeMonitor.exe' hassuffix 'Monitor'", true)]
    [InlineData("'ServerEyeMonitor.exe' hassuffix 'exe'", true)]
    [InlineData("'ServerEyeMonitor.exe' hassuffix 'Eye'", false)]
    [InlineData("'ServerEye.exe' hasprefix_cs 'servereye'", false)]
    [InlineData("'ServerEye.exe' hassuffix_cs 'Eye'", true)]
    [InlineData("'ServerEye.exe' !hasprefix 'Server'", false)]
    public void Hasprefix_and_hassuffix_work_on_terms(string expression, bool expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Has_on_a_dictionary_encoded_column_matches_per_value()
    {
        // Low-cardinality columns arrive dictionary-encoded; the predicate runs once per distinct value.
        var urls = new[] { "occ.server-eye.de", "myserver-eye.de", "SERVER-EYE.DE" };
        var codes = new[] { 0, 1, 2, 0, 1, 2, 2 };
        var column = StringColumn.FromDictionary(codes, urls, codes.Length);
        var schema = new TableSchema("Net", [new ColumnSymbol("RemoteUrl", KqlType.String)]);
        var table = new InMemoryTableSource("Net", new ResultTable(schema, [column], codes.Length), batchSize: 3);
        var result = Kusto.Run("Net | where RemoteUrl has 'server-eye.de' | summarize count() by RemoteUrl | sort by RemoteUrl asc", table);
        Assert.Equal(["SERVER-EYE.DE|3", "occ.server-eye.de|2"], result.Text());
    }

    [Theory]
    [InlineData("has 'anydesk.com'", "boot.net.anydesk.com|4,relay.anydesk.com|5")]
    [InlineData("!has 'anydesk.com'", "")]
    [InlineData("has 'teamviewer.com'", "")]
    public void A_predicate_that_agrees_on_every_value_keeps_all_rows_or_none(string predicate, string expected)
    {
        // Every distinct value of the column holds the tool's domain: the predicate is answered once for all rows.
        var urls = new[] { "relay.anydesk.com", "boot.net.anydesk.com" };
        var codes = new[] { 0, 1, 0, 1, 0, 0, 1, 1, 0 };
        var column = StringColumn.FromDictionary(codes, urls, codes.Length);
        var schema = new TableSchema("Net", [new ColumnSymbol("RemoteUrl", KqlType.String)]);
        var table = new InMemoryTableSource("Net", new ResultTable(schema, [column], codes.Length), batchSize: 4);
        var result = Kusto.Run($"Net | where RemoteUrl {predicate} | summarize count() by RemoteUrl | sort by RemoteUrl asc", table);
        Assert.Equal(expected, string.Join(",", result.Text()));
    }
}
