using RmmHunt.Pack.Catalog;
using RmmHunt.Pack.Generation.Fixtures;

namespace RmmHunt.Pack.Generation;

/// <summary>
/// Everything the generator writes for a catalogue, as file contents keyed by path relative to the
/// repository root ('/' separators): the rule files, the fixtures and the coverage page. Built in
/// memory, so a test can compare it with the committed files.
/// </summary>
public sealed class GeneratedPack
{
    public const string FixtureFolder = RuleDesigner.PackFolder + "/fixtures";
    public const string CoveragePath = RuleDesigner.PackFolder + "/COVERAGE.md";

    private GeneratedPack(SortedDictionary<string, string> files, int rules, int writtenRules, int fixtureCases)
    {
        Files = files;
        Rules = rules;
        WrittenRules = writtenRules;
        FixtureCases = fixtureCases;
    }

    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>Rules of the pack, the existing ones it tests included.</summary>
    public int Rules { get; }

    public int WrittenRules { get; }
    public int FixtureCases { get; }

    public static GeneratedPack From(RmmCatalog catalog)
    {
        var rules = RuleDesigner.Design(catalog);
        var cases = FixtureDesigner.Design(rules);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in rules.Where(r => r.IsGenerated)) files[rule.RelativePath] = RuleYaml.Write(rule);
        foreach (var kind in RuleKind.All)
            files[$"{FixtureFolder}/{kind.Table}.csv"] = FixtureCsv.Write(kind, cases.Where(c => c.Table == kind.Table));
        files[CoveragePath] = CoverageReport.Write(catalog, rules);
        return new GeneratedPack(files, rules.Count, rules.Count(r => r.IsGenerated), cases.Count);
    }

    public override string ToString() => $"{WrittenRules} rules written ({Rules} with the existing ones they complement), {FixtureCases} fixture cases";
}
