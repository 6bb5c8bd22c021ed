using FsCheck;
using FsCheck.Fluent;
using RmmHunt.Engine.Functions;

namespace RmmHunt.Engine.Tests.Strings;

/// <summary>
/// has_any indexes its phrases by their first term (so hundreds of domains cost one pass over a
/// string); the answer must stay exactly "some needle has-matches", as <see cref="Terms.Has"/> decides.
/// </summary>
public class TermMatcherPhraseIndexTests
{
    private static readonly string[] Pieces = ["any", "desk", "ANY", ".", "-", "com", " ", "é", "É", "x", "1", "net", "_", "/", "Desk"];

    private static Gen<string> Text(int maxPieces) =>
        Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p.Take(maxPieces)));

    [Fact]
    public void Any_matches_exactly_when_some_needle_has_matches()
    {
        var gen = from needles in Text(4).Where(n => n.Length > 0).ListOf().Select(l => l.Take(6).ToList())
                  from text in Text(10)
                  select (needles, text);
        Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var (needles, text) = pair;
            bool expected = needles.Any(n => Terms.Has(text, n, caseSensitive: false));
            return new TermMatcher(needles).MatchesAny(text) == expected;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("relay-1.net.anydesk.com", true)]
    [InlineData("xanydesk.com", false)]
    [InlineData("anydesk.comx", false)]
    [InlineData("AnyDesk.COM", true)]
    [InlineData("anydesk", false)]
    [InlineData("a.exe", true)]
    [InlineData("server-eye.de/x", true)]
    public void Domains_and_punctuated_needles(string text, bool matches) =>
        Assert.Equal(matches, new TermMatcher(["anydesk.com", ".exe", "server-eye.de", "net.example.org"]).MatchesAny(text));
}
