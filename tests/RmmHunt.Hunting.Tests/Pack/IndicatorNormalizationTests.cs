using RmmHunt.Pack.Extraction;

namespace RmmHunt.Hunting.Tests.Pack;

/// <summary>How catalogue values become things the rules can hunt on, or are refused with a reason.</summary>
public class IndicatorNormalizationTests
{
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase) { "github.com", "agent.exe" };

    [Theory]
    [InlineData("*.anydesk.com", "anydesk.com")]
    [InlineData("relay-[a-f0-9]{8}.net.anydesk.com:443", "net.anydesk.com")]
    [InlineData("plus*.site24x7.com", "site24x7.com")]
    [InlineData("https://Server.Action1.com/agent", "server.action1.com")]
    [InlineData("raw.github.com", "raw.github.com")]
    public void Wildcard_domains_become_their_literal_suffix(string raw, string term) =>
        Assert.Equal(term, DomainTerms.Normalize(raw, authoritative: false, Generic).Value);

    [Theory]
    [InlineData("user_managed")]
    [InlineData("19.178")]
    [InlineData("10.1.2.3")]
    [InlineData("co.kr")]
    [InlineData("github.com")]
    [InlineData("*.")]
    [InlineData("atera-agent-heartbeat")]
    public void Values_that_name_no_tool_are_refused(string raw) =>
        Assert.NotNull(DomainTerms.Normalize(raw, authoritative: false, Generic).Reason);

    [Fact]
    public void A_host_word_from_a_finished_hunt_is_kept() =>
        Assert.Equal("atera-agent-heartbeat", DomainTerms.Normalize("atera-agent-heartbeat.*", authoritative: true, Generic).Value);

    [Theory]
    [InlineData(@"C:\Program Files (x86)\AnyDesk\AnyDesk.exe", "AnyDesk.exe")]
    [InlineData("servereye*.exe", "servereye*.exe")]
    [InlineData("/Applications/x/ServiceProxyLocalSys.exe", "ServiceProxyLocalSys.exe")]
    public void File_names_come_from_paths_and_patterns(string raw, string name) =>
        Assert.Equal(name, FileNames.Normalize(raw, Generic, allowPattern: true).Value);

    [Theory]
    [InlineData("g2a*.exe")]
    [InlineData("Agent_*_RW*.exe")]
    [InlineData(@"C:\Program Files\AnyDesk\*")]
    [InlineData("AnyDesk.app")]
    [InlineData("rd.exe")]
    [InlineData("Agent.exe")]
    public void File_names_too_vague_to_hunt_are_refused(string raw) =>
        Assert.NotNull(FileNames.Normalize(raw, Generic, allowPattern: true).Reason);

    [Fact]
    public void An_original_file_name_must_be_exact() =>
        Assert.NotNull(FileNames.Normalize("servereye*.exe", Generic, allowPattern: false).Reason);

    [Fact]
    public void Corroboration_needs_a_distinctive_shared_word()
    {
        var stop = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "software", "gmbh", "inc" };
        var anydesk = new Corroboration(["AnyDesk", "https://anydesk.com"], stop);
        Assert.True(anydesk.Supports("AnyDesk Software GmbH"));
        Assert.False(anydesk.Supports("philandro Software GmbH"));
        Assert.False(anydesk.Supports("Discord Inc."));
        Assert.True(new Corroboration(["TeamViewer"], stop).Supports("TeamViewerQS"));
        Assert.True(anydesk.SupportsDomain("boot.net.anydesk.com"));
        Assert.False(anydesk.SupportsDomain("tailscale.com"));
    }
}
