using RmmHunt.Generator.Truth;

namespace RmmHunt.Generator.Tests;

/// <summary>The documented facts of KQL <c>has</c> (reference/kql/semantics.md and the ServerEye notes).</summary>
public class KqlTermsTests
{
    [Theory]
    [InlineData("occ.server-eye.de", "server-eye.de", true)]
    [InlineData("myserver-eye.de", "server-eye.de", false)]
    [InlineData("server-eye.de.attacker.example", "server-eye.de", true)]
    [InlineData("SERVER-EYE.DE", "server-eye.de", true)]
    [InlineData("server-eye.com", "server-eye.de", false)]
    [InlineData("www.servereye.de", "server-eye.de", false)]
    [InlineData("ServerEyeMonitor", "ServerEye", false)]
    [InlineData("Server-Eye Agent", "Server-Eye", true)]
    [InlineData("Kramer IT Solutions GmbH", "Krämer IT Solutions GmbH", false)]
    [InlineData("KrÃ¤mer IT Solutions GmbH", "Krämer IT Solutions GmbH", false)]
    [InlineData("Krämer IT Solutions GmbH", "Krämer IT Solutions GmbH", true)]
    [InlineData("KustoExplorerQueryRun", "Explorer", false)]
    [InlineData("arp.exe -a", "a", true)]
    [InlineData("North America", "amer", false)]
    public void Has_matches_whole_terms_ignoring_case(string text, string needle, bool expected) =>
        Assert.Equal(expected, KqlTerms.Has(text, needle));

    [Fact]
    public void Has_is_false_on_an_empty_column() => Assert.False(KqlTerms.Has(null, "server-eye.de"));

    [Fact]
    public void A_later_occurrence_can_match_when_an_earlier_one_is_glued_to_a_term()
    {
        // The first "server-eye.de" is inside "myserver-eye.de"; the second stands alone.
        Assert.True(KqlTerms.Has("myserver-eye.de;push.server-eye.de", "server-eye.de"));
    }

    [Fact]
    public void HasAny_is_true_when_one_needle_has_a_term_match()
    {
        Assert.True(KqlTerms.HasAny("Server-Eye Agent", "ServerEye", "Server-Eye"));
        Assert.False(KqlTerms.HasAny("ServerEyeMonitor", "ServerEye", "Server-Eye"));
    }
}
