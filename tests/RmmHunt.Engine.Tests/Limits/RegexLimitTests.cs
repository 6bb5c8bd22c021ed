namespace RmmHunt.Engine.Tests.Limits;

/// <summary>
/// Regular expressions from rules run on the non-backtracking engine (linear time, as KQL's RE2): a
/// pattern that makes a backtracking engine take exponential time over a long string, the classic
/// <c>(a+)+$</c> against <c>aaa…a!</c>, gives its answer at once. The assertions are on the results; the
/// time limit is only a guard, so that a regression fails the test instead of hanging the run.
/// </summary>
public class RegexLimitTests
{
    private static readonly string Long = new string('a', 20_000) + "!";

    private static string[] Run(string query)
    {
        var run = Task.Run(() => Kusto.Run($"print s = '{Long}'" + query).Text());
        Assert.True(((IAsyncResult)run).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(60)), "the regular expression did not finish: backtracking?");
        return run.Result;
    }

    [Fact]
    public void Matches_regex() =>
        Assert.Equal(["false|false|true"], Run(" | project m = s matches regex '(a+)+$', n = s matches regex '^(a|aa)+$', o = s matches regex '(a+)+!$'"));

    [Fact]
    public void Parse_kind_regex() =>
        Assert.Equal(["|1"], Run(" | parse kind=regex s with x:string '(a+)+$' | project x, n = 1"));
}
