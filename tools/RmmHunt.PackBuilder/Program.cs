using RmmHunt.Pack;

// Regenerates the RMM pack from the public catalogues (see rules/catalog/README.md):
//   dotnet run --project tools/RmmHunt.PackBuilder -- [--reference DIR] [--repo DIR] [catalog|rules|all]
// `catalog` rebuilds rules/catalog/rmm-tools.json from ../shared/reference/rmm and curation.yaml;
// `rules` rewrites rules/pack/ (rules and fixtures) from the catalogue; `all` (the default) does both.
string repo = Option("--repo") ?? FindRepository();
string reference = Option("--reference") ?? Path.Combine(repo, "..", "shared", "reference", "rmm");
string step = args.LastOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && Array.IndexOf(args, a) is var i && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))) ?? "all";
var layout = new PackLayout(repo);
if (step is "catalog" or "all")
{
    var written = PackFiles.WriteCatalog(layout, reference);
    Console.WriteLine($"{layout.CatalogPath}: {written.Tools.Count} tools ({written.ToolsWithoutIndicators.Count} listed without anything to hunt on)");
}
if (step is "rules" or "all")
{
    var summary = PackFiles.WriteRules(layout);
    Console.WriteLine($"{layout.PackDirectory}: {summary}");
}
return 0;

string? Option(string name)
{
    int index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string FindRepository()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "RmmHunt.slnx"))) return dir.FullName;
    }
    throw new InvalidOperationException("run inside the repository, or give --repo");
}
