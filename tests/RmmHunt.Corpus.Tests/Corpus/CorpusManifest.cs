using RmmHunt.Testing;

namespace RmmHunt.Corpus.Tests.Corpus;

/// <summary>
/// The corpus of published hunting queries beside the repository (<c>../shared/reference/kql/corpus</c>)
/// and its manifest. Rows with <c>duplicate_of</c> repeat another query's text and are left out.
/// </summary>
internal static class CorpusManifest
{
    public static string Folder => Path.Combine(RepoPaths.Reference, "kql", "corpus");

    public static IReadOnlyList<CorpusEntry> UniqueQueries()
    {
        var rows = CsvText.Read(Path.Combine(Folder, "manifest.csv"));
        var header = rows[0];
        int file = Index(header, "corpus_file"), repo = Index(header, "source_repo"), licence = Index(header, "licence"),
            url = Index(header, "url"), duplicate = Index(header, "duplicate_of");
        return rows.Skip(1)
            .Where(r => r.Length == header.Length && r[duplicate].Length == 0)
            .Select(r => new CorpusEntry(r[file], r[repo], r[licence], r[url]))
            .ToList();
    }

    public static string Text(CorpusEntry entry) => File.ReadAllText(Path.Combine(Folder, entry.File));

    private static int Index(string[] header, string column) =>
        Array.IndexOf(header, column) is var i and >= 0 ? i : throw new InvalidDataException($"manifest.csv has no column {column}");
}
