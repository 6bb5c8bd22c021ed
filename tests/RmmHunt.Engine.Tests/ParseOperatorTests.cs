namespace RmmHunt.Engine.Tests;

/// <summary>parse and parse-where per https://learn.microsoft.com/kusto/query/parse-operator.</summary>
public class ParseOperatorTests
{
    private const string Traces = """
        let Traces = datatable(EventText:string) [
          "Event: NotifySliceRelease (resourceName=PipelineScheduler, totalSlices=27, sliceNumber=23, lockTime=02/17/2016 08:40:01, releaseTime=02/17/2016 08:40:01, previousLockTime=02/17/2016 08:39:01)",
          "Event: something else entirely"
        ];
        """;

    [Fact]
    public void Simple_mode_extracts_typed_columns_and_leaves_nulls_when_the_text_does_not_match()
    {
        var result = Kusto.Run(Traces + """
            Traces
            | parse EventText with * "resourceName=" resourceName ", totalSlices=" totalSlices:long * "sliceNumber=" sliceNumber:long * "lockTime=" lockTime ", releaseTime=" releaseTime:date "," * "previousLockTime=" previousLockTime:date ")" *
            | project resourceName, totalSlices, sliceNumber, lockTime, releaseTime, previousLockTime
            """);
        Assert.Equal(
            ["PipelineScheduler|27|23|02/17/2016 08:40:01|2016-02-17T08:40:01.0000000Z|2016-02-17T08:39:01.0000000Z", "|||||"],
            result.Text());
    }

    [Fact]
    public void A_trailing_column_takes_the_rest_and_a_leading_column_the_start()
    {
        var rows = Kusto.Run("""
            print s = "key=value; more"
            | parse s with k "=" rest
            | project k, rest
            """).Text();
        Assert.Equal(["key|value; more"], rows);
    }

    [Fact]
    public void Simple_mode_fails_the_row_when_a_typed_column_does_not_convert_relaxed_keeps_the_rest()
    {
        string query(string kind) => $"""
            print s = "a=x b=12"
            | parse kind={kind} s with "a=" a:long " b=" b:long
            | project a, b
            """;
        Assert.Equal(["|"], Kusto.Run(query("simple")).Text());
        Assert.Equal(["|12"], Kusto.Run(query("relaxed")).Text());
    }

    [Fact]
    public void Regex_mode_treats_constants_as_regular_expressions()
    {
        var rows = Kusto.Run("""
            print s = "user: ALICE id: 42"
            | parse kind=regex flags=i s with "USER:\\s+" name "\\sID:\\s+" id:long
            | project name, id
            """).Text();
        Assert.Equal(["ALICE|42"], rows);
    }

    [Fact]
    public void Regex_mode_captures_greedily_unless_the_U_flag_is_given()
    {
        // The docs' flags=Ui example needs U to stop a column at the first delimiter.
        Assert.Equal(["a,b|c"], Kusto.Run("print s = 'a,b,c' | parse kind=regex s with x ',' y | project x, y").Text());
        Assert.Equal(["a|b,c"], Kusto.Run("print s = 'a,b,c' | parse kind=regex flags=U s with x ',' y | project x, y").Text());
    }

    [Fact]
    public void Parse_where_drops_the_rows_that_do_not_parse()
    {
        var rows = Kusto.Run(Traces + """
            Traces | parse-where EventText with "Event: " name " (" * | project name
            """).Text();
        Assert.Equal(["NotifySliceRelease"], rows);
    }

    [Fact]
    public void Star_after_a_string_column_is_an_error()
    {
        Assert.Contains("'*' cannot follow a string column", Kusto.Errors("print s='a' | parse s with x * \"b\""));
    }
}
