using RmmHunt.Pack;

// Regenerates the RMM pack from the public catalogues (see rules/catalog/README.md):
//   dotnet run --project tools/RmmHunt.PackBuilder -- [catalog|rules|all] [--reference DIR] [--repo DIR]
// `catalog` rebuilds rules/catalog/rmm-tools.json from ../shared/reference/rmm and curation.yaml;
// `rules` rewrites rules/pack/ (rules, fixtures, COVERAGE.md) from the catalogue; `all` (the default) does both.
string? repoOption = null, referenceOption = null, step = "all";
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--repo" when i + 1 < args.Length: repoOption = args[++i]; break;
        case "--reference" when i + 1 < args.Length: referenceOption = args[++i]; break;
        case "catalog" or "rules" or "all": step = args[i]; break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: [catalog|rules|all] [--reference DIR] [--repo DIR]");
            return 2;
    }
}
string repo = repoOption ?? FindRepository();
string reference = referenceOption ?? Path.Combine(repo, "..", "shared", "reference", "rmm");
var layout = new PackLayout(repo);
if (step is "catalog" or "all")
{
    var catalog = PackFiles.WriteCatalog(layout, reference);
    Console.WriteLine($"{layout.CatalogPath}: {catalog.Tools.Count} tools ({catalog.ToolsWithoutIndicators.Count} listed without anything to hunt on)");
}
if (step is "rules" or "all")
{
    var pack = PackFiles.WriteRules(layout);
    Console.WriteLine($"{layout.PackDirectory}: {pack}");
}
return 0;

static string FindRepository()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "RmmHunt.slnx"))) return dir.FullName;
    }
    throw new InvalidOperationException("run inside the repository, or give --repo");
}
