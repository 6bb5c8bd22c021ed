using RmmHunt.Pack;
using RmmHunt.Pack.Catalog;
using RmmHunt.Pack.Extraction;
using RmmHunt.Pack.Generation;
using RmmHunt.Testing;

namespace RmmHunt.Hunting.Tests.Pack;

/// <summary>
/// The committed catalogue and pack are exactly what the tools make from their inputs: rebuilding the
/// catalogue from the reference snapshot and regenerating the rules from the catalogue, in memory,
/// gives the committed bytes. A hand edit, or a generator change without regeneration, fails here
/// (fix: <c>dotnet run --project tools/RmmHunt.PackBuilder</c>).
/// </summary>
public class PackDriftTests
{
    private static readonly PackLayout Layout = new(RepoPaths.Root);

    [Fact]
    public void Catalogue_is_what_the_extraction_makes_from_the_reference()
    {
        var built = CatalogBuilder.Build(TestData.RmmReference, Curation.Load(Layout.CurationPath));
        Assert.True(CatalogJson.Write(built) == File.ReadAllText(Layout.CatalogPath),
            "rules/catalog/rmm-tools.json differs from a fresh extraction; run tools/RmmHunt.PackBuilder");
    }

    [Fact]
    public void Rules_fixtures_and_coverage_are_what_the_generator_makes_from_the_catalogue()
    {
        var pack = GeneratedPack.From(CatalogJson.Load(Layout.CatalogPath));
        var differences = PackFiles.Differences(Layout, pack);
        Assert.True(differences.Count == 0, "rules/pack drifted from the catalogue:\n" + string.Join("\n", differences.Take(20)));
    }

    [Fact]
    public void A_changed_catalogue_is_noticed()
    {
        var catalog = CatalogJson.Load(Layout.CatalogPath);
        var anydesk = catalog.Find("anydesk")!;
        var changed = catalog with
        {
            Tools = catalog.Tools.Select(t => t == anydesk ? t with { Domains = [.. t.Domains, new Indicator("anydesk.example", ["test"])] } : t).ToList(),
        };
        var differences = PackFiles.Differences(Layout, GeneratedPack.From(changed));
        Assert.Contains("differs: rules/pack/anydesk/anydesk_network.yaml", differences);
        Assert.Contains("differs: rules/pack/fixtures/DeviceNetworkEvents.csv", differences);
    }

    [Fact]
    public void The_catalogue_file_reads_back_to_the_same_text()
    {
        string text = File.ReadAllText(Layout.CatalogPath);
        Assert.Equal(text, CatalogJson.Write(CatalogJson.Read(text)));
    }
}
