using System.Text;
using FsCheck.Xunit;
using RmmHunt.Testing;
using static RmmHunt.Kql.Tests.TestKql;

namespace RmmHunt.Kql.Tests.Parsing;

/// <summary>
/// Whatever the text, compiling returns diagnostics and never throws. Inputs are real hunting queries
/// from the reference corpus, mutated; the seed is fixed so that a failure reproduces.
/// </summary>
public class FuzzTests
{
    private static readonly Lazy<string[]> Corpus = new(() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Reference, "kql", "corpus"), "*.kql", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray());

    private static readonly string[] Fragments =
    [
        "(", ")", "[", "]", "{", "}", "|", ",", ";", "'", "\"", "```", "@'", "h'", "\\", "..", ".", "!", "=~", "==", "=",
        "-", "*", "//", "\n", " ", "let x = ", "dynamic(", "datetime(", "timespan(", "in (", "has_any (", "between (",
        "summarize ", "by ", "project-away ", "mv-expand ", "join (", "arg_max(", "*)", "1d", "1.5", "0x", "1e", "null",
    ];

    [Fact]
    public void The_corpus_is_there() => Assert.True(Corpus.Value.Length > 500);

    [Property(MaxTest = 600, Replay = "(20241007,12345)")]
    public void Mutated_corpus_queries_compile_without_throwing(int pick, int[] edits)
    {
        var corpus = Corpus.Value;
        string query = Mutate(corpus[(int)((uint)pick % (uint)corpus.Length)], edits);
        var compilation = Compile(query);
        _ = compilation.FormatDiagnostics();
    }

    [Property(MaxTest = 600, Replay = "(7,77)")]
    public void Arbitrary_text_compiles_without_throwing(string? text)
    {
        var compilation = Compile(text ?? "");
        _ = compilation.FormatDiagnostics();
    }

    [Property(MaxTest = 600, Replay = "(42,4243)")]
    public void Random_token_soup_compiles_without_throwing(int[] picks)
    {
        var text = new StringBuilder("DeviceProcessEvents | where ");
        foreach (int p in picks ?? []) text.Append(Fragments[(int)((uint)p % (uint)Fragments.Length)]);
        var compilation = Compile(text.ToString());
        _ = compilation.FormatDiagnostics();
    }

    /// <summary>Deletes, inserts, duplicates, truncates or replaces at positions the edits pick.</summary>
    private static string Mutate(string query, int[] edits)
    {
        var text = new StringBuilder(query);
        foreach (int edit in edits ?? [])
        {
            uint e = (uint)edit;
            int pos = text.Length == 0 ? 0 : (int)(e / 5 % (uint)text.Length);
            string fragment = Fragments[(int)(e / 7 % (uint)Fragments.Length)];
            switch (e % 5)
            {
                case 0 when text.Length > 0: text.Remove(pos, 1); break;
                case 1: text.Insert(pos, fragment); break;
                case 2: text.Insert(pos, text.ToString(pos, Math.Min(text.Length - pos, (int)(e % 40)))); break;
                case 3 when edits!.Length > 3: text.Length = pos; break;
                default: if (text.Length > 0) { text.Remove(pos, 1); text.Insert(pos, fragment); } break;
            }
        }
        return text.ToString();
    }
}
