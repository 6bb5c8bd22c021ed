using RmmHunt.Testing;

namespace RmmHunt.Cli.Tests;

/// <summary>Where the CLI caches parsed rules, and that <c>RMMHUNT_CACHE_DIR=off</c> turns the cache off.</summary>
public class RuleCacheTests
{
    [Theory]
    [InlineData("/c", "/x", "/h", "/c")]
    [InlineData("off", "/x", "/h", null)]
    [InlineData("OFF", null, "/h", null)]
    [InlineData(null, "/x", "/h", "/x/rmmhunt")]
    [InlineData("", "/x", "/h", "/x/rmmhunt")]
    [InlineData(null, "relative", "/h", "/h/.cache/rmmhunt")]
    [InlineData(null, null, "/h", "/h/.cache/rmmhunt")]
    [InlineData(null, "", "", null)]
    public void The_cache_folder_comes_from_the_environment(string? cacheDir, string? xdgCacheHome, string home, string? expected)
    {
        var variables = new Dictionary<string, string?> { ["RMMHUNT_CACHE_DIR"] = cacheDir, ["XDG_CACHE_HOME"] = xdgCacheHome };

        string? folder = RuleCacheLocation.From(name => variables.GetValueOrDefault(name), home);

        Assert.Equal(expected?.Replace('/', Path.DirectorySeparatorChar), folder?.Replace('/', Path.DirectorySeparatorChar));
    }

    [Fact]
    public void A_rule_folder_gets_a_cache_file_unless_the_cache_is_off()
    {
        using var scratch = new ScratchFolder();
        string rules = scratch.Copy(Path.Combine(RepoPaths.Rules, "pack", "anydesk"), "rules");
        string cache = Path.Combine(scratch.Path, "cache"), home = Path.Combine(scratch.Path, "home"), xdg = Path.Combine(scratch.Path, "xdg");
        var off = new Dictionary<string, string> { ["RMMHUNT_CACHE_DIR"] = "off", ["HOME"] = home, ["XDG_CACHE_HOME"] = xdg };

        var uncached = Rmmhunt.RunWith(off, "rules", "list", "--rules", rules);
        var first = Rmmhunt.RunWith(new Dictionary<string, string> { ["RMMHUNT_CACHE_DIR"] = cache }, "rules", "list", "--rules", rules);
        var second = Rmmhunt.RunWith(new Dictionary<string, string> { ["RMMHUNT_CACHE_DIR"] = cache }, "rules", "list", "--rules", rules);

        Assert.Equal(0, uncached.ExitCode);
        Assert.Contains("3 of 3 rule(s)", uncached.Stdout);
        Assert.Equal(uncached, first);
        Assert.Equal(uncached, second);
        Assert.Matches(@"^rules-[0-9a-f]{16}\.bin$", Path.GetFileName(Assert.Single(Directory.GetFiles(cache))));
        // Nowhere else: not the home or XDG folder, nor a folder named "off" where the program ran.
        Assert.False(Directory.Exists(home) || Directory.Exists(xdg) || Directory.Exists(Path.Combine(RepoPaths.Root, "off")));
    }
}
