using System.Collections;
using RmmHunt.Hunting.Rules;
using RmmHunt.Hunting.Rules.Cache;
using RmmHunt.Kql.Diagnostics;
using RmmHunt.Testing;

namespace RmmHunt.Hunting.Tests;

/// <summary>
/// The parsed-rule cache (<see cref="RuleLoadOptions.CacheDirectory"/>): a load that takes files from it gives
/// exactly what parsing them gives, and a cache that is damaged, foreign or unwritable only costs the parse.
/// </summary>
public sealed class RuleCacheTests : IDisposable
{
    private readonly TempDirectory _rules = new();
    private readonly TempDirectory _cache = new();

    public void Dispose()
    {
        _rules.Dispose();
        _cache.Dispose();
    }

    private RuleLoadOptions Cached => new() { CacheDirectory = _cache.Path };

    private string CacheFile => Assert.Single(Directory.GetFiles(_cache.Path));

    /// <summary>A folder with every kind of outcome a file can have, and every field a rule can have.</summary>
    private void WriteMixedFolder()
    {
        _rules.Write("full.yaml", """
            id: 11111111-0000-0000-0000-000000000001
            name: Everything set — Krämer 🚀
            description: |
              Two lines
              of description.
            requiredDataConnectors:
              - connectorId: MicrosoftThreatProtection
                dataTypes:
                  - DeviceNetworkEvents
                  - DeviceProcessEvents
              - connectorId: Other
                dataTypes: []
            tactics: [CommandAndControl, Persistence]
            relevantTechniques: T1219
            severity: Medium
            version: ''
            kind: Scheduled
            tags:
              - RMM
              - RmmTool: AnyDesk
              - '': empty key
            entityMappings:
              - entityType: Host
                fieldMappings:
                  - identifier: HostName
                    columnName: DeviceName
              - entityType: Account
                fieldMappings:
                  - identifier: Name
                    columnName: AccountName
                  - identifier: UPNSuffix
                    columnName: AccountDomain
            query: |
              DeviceNetworkEvents
              | where RemoteUrl has 'anydesk.com'

            """);
        _rules.Write("folded.yaml", "id: 11111111-0000-0000-0000-000000000002\nquery: >\n  DeviceProcessEvents\n  | take 1\n");
        _rules.Write("plain.yml", "id: 11111111-0000-0000-0000-000000000003\nquery: DeviceProcessEvents\n  | where FileName == 'x.exe'\n");
        _rules.Write("crlf.yaml", "id: 11111111-0000-0000-0000-000000000004\r\nname: crlf\r\nquery: |\r\n  T\r\n  | take 1\r\n");
        _rules.Write("misindented.yaml",
            "id: 11111111-0000-0000-0000-000000000005\nrequiredDataConnectors:\n  - connectorId: MicrosoftThreatProtection\n  dataTypes:\n    - DeviceNetworkEvents\nquery: |\n  DeviceNetworkEvents\n");
        _rules.Write("broken.yaml", "id: 11111111-0000-0000-0000-000000000006\nname: n\n  description: bad\nquery: T\n");
        _rules.Write("fields.yaml", "name: [n]\ntactics: {a: b}\nrequiredDataConnectors:\n  - dataTypes: [T]\n");
        _rules.Write("sigma.yaml", "title: x\nlogsource:\n  product: windows\ndetection:\n  sel: {a: b}\n");
        _rules.Write("z/again.yaml", "name: another\nid: 11111111-0000-0000-0000-000000000001\nquery: T\n");
        // The same bytes as folded.yaml: one cache entry serves both, the second is a duplicate.
        File.Copy(Path.Combine(_rules.Path, "folded.yaml"), Path.Combine(_rules.Path, "z", "folded-copy.yaml"));
    }

    private const int MixedFiles = 10;

    [Fact]
    public void A_load_from_the_cache_equals_a_fresh_parse()
    {
        WriteMixedFolder();
        var fresh = RuleLoader.Load(_rules.Path);

        var first = RuleLoader.Load(_rules.Path, Cached);
        var second = RuleLoader.Load(_rules.Path, Cached);

        // The folder has what it is meant to have, so that the comparison covers it.
        Assert.Equal(5, fresh.Rules.Count);
        Assert.Equal(
            [HuntingCodes.YamlSyntax,
             HuntingCodes.RuleMissingField, HuntingCodes.RuleMissingField, HuntingCodes.RuleFieldShape, HuntingCodes.RuleFieldShape, HuntingCodes.RuleMissingField,
             HuntingCodes.RuleRepairedIndentation, HuntingCodes.RuleNotAHuntingQuery, HuntingCodes.RuleDuplicateId, HuntingCodes.RuleDuplicateId],
            fresh.Errors.Select(e => e.Code));
        Assert.All(fresh.Errors.Where(e => e.Code == HuntingCodes.RuleDuplicateId), e => Assert.StartsWith("id: 11111111", e.SourceLine));
        Assert.Equal("DeviceProcessEvents | where FileName == 'x.exe'", fresh.Rules.Single(r => r.Id.EndsWith('3')).Query);
        Assert.Equal("DeviceProcessEvents | take 1\n", fresh.Rules.Single(r => r.Id.EndsWith('2')).Query);

        AssertSameLoad(fresh, first);
        AssertSameLoad(fresh, second);
        Assert.Equal((MixedFiles, 0), (first.ParsedFiles, first.CachedFiles));
        Assert.Equal((0, MixedFiles), (second.ParsedFiles, second.CachedFiles));
    }

    [Fact]
    public void The_rule_pack_loads_from_the_cache_as_parsed()
    {
        var fresh = RuleLoader.Load(RepoPaths.Rules);

        RuleLoader.Load(RepoPaths.Rules, Cached);
        var cached = RuleLoader.Load(RepoPaths.Rules, Cached);

        Assert.True(fresh.Rules.Count > 500, $"{fresh.Rules.Count} rules");
        Assert.Equal((0, fresh.ParsedFiles), (cached.ParsedFiles, cached.CachedFiles));
        AssertSameLoad(fresh, cached);
    }

    [Fact]
    public void A_changed_file_alone_is_parsed_again()
    {
        WriteMixedFolder();
        RuleLoader.Load(_rules.Path, Cached);
        _rules.Write("folded.yaml", "id: 11111111-0000-0000-0000-000000000002\nname: changed\nquery: >\n  DeviceProcessEvents\n  | take 2\n");

        var changed = RuleLoader.Load(_rules.Path, Cached);
        var again = RuleLoader.Load(_rules.Path, Cached);

        Assert.Equal((1, MixedFiles - 1), (changed.ParsedFiles, changed.CachedFiles));
        var rule = changed.Rules.Single(r => r.Id.EndsWith('2'));
        Assert.Equal(("changed", "DeviceProcessEvents | take 2\n"), (rule.Name, rule.Query));
        AssertSameLoad(RuleLoader.Load(_rules.Path), changed);
        // The cache was rewritten with the new content, and without the old one.
        Assert.Equal((0, MixedFiles), (again.ParsedFiles, again.CachedFiles));
        AssertSameLoad(changed, again);
    }

    [Fact]
    public void The_entry_of_a_removed_file_is_dropped()
    {
        WriteMixedFolder();
        RuleLoader.Load(_rules.Path, Cached);
        File.Delete(Path.Combine(_rules.Path, "full.yaml"));

        var loaded = RuleLoader.Load(_rules.Path, Cached);

        Assert.Equal((0, MixedFiles - 1), (loaded.ParsedFiles, loaded.CachedFiles));
        AssertSameLoad(RuleLoader.Load(_rules.Path), loaded);
        Assert.Equal(MixedFiles - 2, RuleCacheFile.Read(CacheFile, RuleCacheHeader.For(Cached)).Count); // the copy shares an entry
    }

    [Fact]
    public void Paths_are_those_of_the_current_load()
    {
        WriteMixedFolder();
        RuleLoader.Load(_rules.Path, Cached with { DisplayPath = p => "first/" + Path.GetFileName(p) });
        var display = new RuleLoadOptions { DisplayPath = p => "second/" + Path.GetRelativePath(_rules.Path, p) };

        var cached = RuleLoader.Load(_rules.Path, display with { CacheDirectory = _cache.Path });

        Assert.Equal(MixedFiles, cached.CachedFiles);
        AssertSameLoad(RuleLoader.Load(_rules.Path, display), cached);
        Assert.All(cached.Rules, r => Assert.StartsWith("second/", r.SourcePath));
        Assert.All(cached.Errors, e => Assert.StartsWith("second/", e.Path));
    }

    [Fact]
    public void A_cache_written_under_other_options_is_not_used()
    {
        WriteMixedFolder();
        RuleLoader.Load(_rules.Path, Cached);
        var strict = new RuleLoadOptions { RepairDataTypesIndentation = false };

        var cached = RuleLoader.Load(_rules.Path, strict with { CacheDirectory = _cache.Path });

        Assert.Equal(MixedFiles, cached.ParsedFiles);
        AssertSameLoad(RuleLoader.Load(_rules.Path, strict), cached);
        Assert.DoesNotContain(cached.Errors, e => e.Code == HuntingCodes.RuleRepairedIndentation);
    }

    [Theory]
    [InlineData("random")]
    [InlineData("empty")]
    [InlineData("truncated")]
    [InlineData("flipped byte")]
    [InlineData("appended byte")]
    public void A_damaged_cache_file_is_parsed_over_and_replaced(string damage)
    {
        WriteMixedFolder();
        RuleLoader.Load(_rules.Path, Cached);
        byte[] bytes = File.ReadAllBytes(CacheFile);
        byte[] damaged = damage switch
        {
            "random" => RandomBytes(bytes.Length),
            "empty" => [],
            "truncated" => bytes[..(bytes.Length / 2)],
            // In the middle of the entries, where a flip would change a rule's text or a length.
            "flipped byte" => bytes.Select((b, i) => i == bytes.Length / 2 ? (byte)(b ^ 0x04) : b).ToArray(),
            _ => [.. bytes, 0],
        };
        File.WriteAllBytes(CacheFile, damaged);

        var loaded = RuleLoader.Load(_rules.Path, Cached);

        Assert.Equal(MixedFiles, loaded.ParsedFiles);
        AssertSameLoad(RuleLoader.Load(_rules.Path), loaded);
        Assert.Equal(MixedFiles, RuleLoader.Load(_rules.Path, Cached).CachedFiles);
    }

    [Fact]
    public void A_cache_file_with_another_header_is_not_used()
    {
        WriteMixedFolder();
        RuleLoader.Load(_rules.Path, Cached);
        byte[] header = RuleCacheHeader.For(Cached);
        var entries = RuleCacheFile.Read(CacheFile, header);
        Assert.Equal(MixedFiles - 1, entries.Count); // the copy shares an entry

        // Any byte of the header: the format version, the builds of the parser, the options.
        for (int i = 0; i < header.Length; i++)
        {
            byte[] other = [.. header];
            other[i] ^= 1;
            RuleCacheFile.Write(CacheFile, other, entries);
            Assert.Empty(RuleCacheFile.Read(CacheFile, header));
            Assert.Equal(MixedFiles - 1, RuleCacheFile.Read(CacheFile, other).Count);
        }
        var loaded = RuleLoader.Load(_rules.Path, Cached);

        Assert.Equal(MixedFiles, loaded.ParsedFiles);
        AssertSameLoad(RuleLoader.Load(_rules.Path), loaded);
    }

    [Fact]
    public void An_unwritable_cache_folder_only_costs_the_parse()
    {
        WriteMixedFolder();
        string file = _cache.Write("a-file", "not a folder");
        var options = new RuleLoadOptions { CacheDirectory = Path.Combine(file, "cache") };

        var first = RuleLoader.Load(_rules.Path, options);
        var second = RuleLoader.Load(_rules.Path, options);

        var fresh = RuleLoader.Load(_rules.Path);
        AssertSameLoad(fresh, first);
        AssertSameLoad(fresh, second);
        Assert.Equal(MixedFiles, second.ParsedFiles);
        Assert.Equal(["a-file"], Directory.GetFiles(_cache.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Each_folder_has_its_own_cache_file_and_a_single_file_load_none()
    {
        WriteMixedFolder();
        RuleLoader.Load(_rules.Path, Cached);
        RuleLoader.Load(Path.Combine(_rules.Path, "z"), Cached);
        RuleLoader.Load(Path.Combine(_rules.Path, "full.yaml"), Cached);

        Assert.Equal(2, Directory.GetFiles(_cache.Path, "rules-*.bin").Length);
        Assert.Equal(2, Directory.GetFiles(_cache.Path).Length); // no temporary file left
    }

    [Fact]
    public void Writing_a_cache_file_removes_the_ones_unused_for_thirty_days()
    {
        var now = DateTime.UtcNow;
        string Aged(string name, int days)
        {
            string path = _cache.Write(name, "old");
            File.SetLastWriteTimeUtc(path, now.AddDays(-days));
            return path;
        }
        string gone = Aged("rules-0123456789abcdef.bin", 31);
        string strayTemporary = Aged("rules-0123456789abcdef.bin.0123456789abcdef0123456789abcdef.tmp", 31);
        string recent = Aged("rules-fedcba9876543210.bin", 29);
        string notOurs = Aged("rules-of-the-house.bin", 60);
        string notes = Aged("notes.txt", 60);
        _rules.Write("a.yaml", "id: 11111111-0000-0000-0000-000000000001\nquery: T\n");

        RuleLoader.Load(_rules.Path, Cached);

        Assert.False(File.Exists(gone));
        Assert.False(File.Exists(strayTemporary));
        Assert.All(new[] { recent, notOurs, notes, RuleCache.FileFor(_cache.Path, _rules.Path) }, path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public void A_cache_file_in_use_is_marked_used_once_a_day_and_so_kept()
    {
        _rules.Write("a.yaml", "id: 11111111-0000-0000-0000-000000000001\nquery: T\n");
        RuleLoader.Load(_rules.Path, Cached);
        string file = RuleCache.FileFor(_cache.Path, _rules.Path);
        var hoursAgo = DateTime.UtcNow.AddHours(-3);
        File.SetLastWriteTimeUtc(file, hoursAgo);

        RuleLoader.Load(_rules.Path, Cached);
        Assert.Equal(hoursAgo, File.GetLastWriteTimeUtc(file)); // used today already: nothing written

        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-40));
        var second = RuleLoader.Load(_rules.Path, Cached);
        Assert.Equal(1, second.CachedFiles);
        Assert.True(DateTime.UtcNow - File.GetLastWriteTimeUtc(file) < TimeSpan.FromMinutes(5));

        using var other = new TempDirectory();
        other.Write("b.yaml", "id: 11111111-0000-0000-0000-000000000002\nquery: T\n");
        RuleLoader.Load(other.Path, Cached); // writes its own cache file, and cleans up
        Assert.True(File.Exists(file));
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Every property of every rule, and every error with its source line, in order.</summary>
    private static void AssertSameLoad(RuleLoadResult expected, RuleLoadResult actual)
    {
        Assert.Equal(expected.Errors, actual.Errors);
        Assert.Equal(expected.Rules.Count, actual.Rules.Count);
        foreach (var (want, got) in expected.Rules.Zip(actual.Rules))
        {
            foreach (var property in typeof(HuntingRule).GetProperties())
            {
                object? a = property.GetValue(want), b = property.GetValue(got);
                if (a is IEnumerable list and not string) Assert.Equal(list.Cast<object>(), ((IEnumerable)b!).Cast<object>());
                else Assert.Equal(a, b);
            }
        }
    }
}
