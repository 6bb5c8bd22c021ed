using System.Text.RegularExpressions;

namespace RmmHunt.Cli.Tests;

/// <summary>
/// A hunt keeps its rules' scan sketches in the cache folder, and the next hunt over tables of the same schemas
/// compiles only the rules its scans give rows, with the same report to the byte.
/// </summary>
public class SketchCacheTests
{
    [Fact]
    public void The_second_hunt_compiles_only_the_rules_given_rows_and_reports_the_same()
    {
        using var scratch = new ScratchFolder();
        var cache = new Dictionary<string, string> { ["RMMHUNT_CACHE_DIR"] = Path.Combine(scratch.Path, "cache") };
        string Hunt(string report, out string profile)
        {
            string path = Path.Combine(scratch.Path, report);
            var run = Rmmhunt.RunWith(cache, "hunt", "--data", Rmmhunt.AllSamples, "--exclusions", Rmmhunt.SampleExclusions, "--now", Rmmhunt.SampleNow,
                "--format", "json", "-o", path, "--profile");
            Assert.True(run.ExitCode == 0, run.Stderr);
            profile = run.Stderr;
            return File.ReadAllText(path);
        }

        string first = Hunt("first.json", out string firstProfile);
        string second = Hunt("second.json", out string secondProfile);
        // A damaged file is no file: every rule compiled again, the same report, and the file written anew.
        string sketches = Assert.Single(Directory.GetFiles(cache["RMMHUNT_CACHE_DIR"], "sketches-*.bin"));
        var bytes = File.ReadAllBytes(sketches);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(sketches, bytes);
        string third = Hunt("third.json", out string thirdProfile);
        string fourth = Hunt("fourth.json", out string fourthProfile);

        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.Equal(first, fourth);
        Assert.DoesNotContain("sketches", firstProfile);
        Assert.DoesNotContain("sketches", thirdProfile);
        foreach (string profile in new[] { secondProfile, fourthProfile })
        {
            var deferred = Regex.Match(profile, @"\((\d+) rules subscribed from an earlier hunt's sketches, of which (\d+) compiled when the scans gave them rows\)");
            Assert.True(deferred.Success, profile);
            int rules = int.Parse(deferred.Groups[1].Value), compiled = int.Parse(deferred.Groups[2].Value);
            Assert.Contains($"{rules} rules run, 0 skipped", profile);
            // The samples hold a handful of tools: most of the pack's rules are given no rows and never compiled.
            Assert.InRange(compiled, 1, rules / 10);
        }
    }
}
