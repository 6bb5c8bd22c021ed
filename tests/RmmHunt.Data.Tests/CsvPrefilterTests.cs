using System.Text;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Symbols;
using static RmmHunt.Data.Tests.CsvTestKit;

namespace RmmHunt.Data.Tests;

/// <summary>The prefilter may skip a row only when no query could match it.</summary>
public class CsvPrefilterTests
{
    private static RowPrefilter Needles(params string[][] alternatives) =>
        new(alternatives.Select(a => new NeedleConjunction(a.Select(n => new NeedleClause([n])).ToList())).ToList());

    [Fact]
    public void Rows_without_the_needle_are_skipped_unparsed_and_counted()
    {
        // The skipped rows are not even split: a malformed row that fails the needles is not rejected.
        string text = "Name,Count\nocc.server-eye.de,1\nwww.example.com,2\n\"bro\"ken,x\nOCC.SERVER-EYE.DE,4\n";
        var read = Read(text, request: new ScanRequest(new HashSet<int> { 1, 2 }, Needles(["server-eye.de"])));
        Assert.Equal(["occ.server-eye.de", "OCC.SERVER-EYE.DE"], read.Column(0));
        Assert.Equal((2L, 2L, 0L), (read.Stats.Read, read.Stats.Skipped, read.Stats.RejectedCount));
    }

    [Theory]
    [InlineData(4 << 20)]
    [InlineData(16)]
    public void Needle_in_a_last_row_without_newline_is_found(int blockSize)
    {
        string text = "Name,Count\nwww.example.com,1\nocc.server-eye.de,2";
        var read = Read(text, request: new ScanRequest(new HashSet<int> { 2 }, Needles(["server-eye.de"])), options: Tiny with { BlockSize = blockSize });
        Assert.Equal([2L], read.Column(0));
        Assert.Equal(1, read.Stats.Skipped);
    }

    [Fact]
    public void Needle_with_quotes_matches_across_quote_doubling()
    {
        // say "hi" is written "say ""hi""": only the verbatim part 'say ' may be searched in the raw bytes.
        string text = "Name,Count\n\"say \"\"hi\"\" now\",1\nsay nothing,2\nbye,3\n";
        var read = Read(text, request: new ScanRequest(new HashSet<int> { 1 }, Needles(["say \"hi\""])));
        Assert.Equal(["say \"hi\" now", "say nothing"], read.Column(0));
        Assert.Equal(1, read.Stats.Skipped);
    }

    [Fact]
    public void Needle_without_a_safe_fragment_skips_nothing()
    {
        var read = Read("Name,Count\na,1\nb,2\n", request: new ScanRequest(new HashSet<int> { 1 }, Needles(["\"a\""])));
        Assert.Equal(2, read.Rows.Count);
        Assert.Equal(0, read.Stats.Skipped);
    }

    [Fact]
    public void Alternatives_and_clauses_combine()
    {
        string text = "Name,Count\nserver-eye krämer,1\nserver-eye only,2\nkrämer only,3\nteamviewer,4\n";
        var filter = Needles(["server-eye", "mer only"], ["teamviewer"]);
        var read = Read(text, request: new ScanRequest(new HashSet<int> { 2 }, filter));
        Assert.Equal([4L], read.Column(0));
        Assert.Equal(3, read.Stats.Skipped);
    }

    private static readonly TableSchema Random3 = new("R",
        [new("Id", KqlType.Long), new("A", KqlType.String), new("B", KqlType.String), new("C", KqlType.String)]);

    private static readonly string[] NeedlePool = ["server-eye.de", "say \"hi\"", "a,b,c", "Krämer IT", "x\"\"y", "line\nbreak", "ÄÖÜ", "tcp"];

    private static readonly string[] Pieces =
        ["server-eye", ".de", "SERVER-EYE.DE", "say \"", "hi\"", "a,b", ",c", "\"", "\"\"", ",", "\n", "\r\n", "Krämer", " IT", "x\"", "\"y",
         "line", "break", "ä", "ÄÖÜ", "TCP", "tc", "p", " ", "plain", "{\"k\":\"v\"}"];

    /// <summary>
    /// Property: a row whose decoded field text contains the needles (as a query's string operators
    /// would see it) is never skipped, whatever quotes, commas, newlines and case changes the field
    /// holds and however the needle is split across quote doubling or blocks.
    /// </summary>
    [Fact]
    public void Never_skips_a_row_whose_fields_contain_the_needles()
    {
        var random = new Random(20241007);
        long skippedTotal = 0;
        for (int round = 0; round < 150; round++)
        {
            var alternatives = Enumerable.Range(0, random.Next(1, 3))
                .Select(_ => Enumerable.Range(0, random.Next(1, 3)).Select(_ => NeedlePool[random.Next(NeedlePool.Length)]).ToArray())
                .ToArray();
            var rows = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Enumerable.Range(0, 3).Select(_ => RandomText(random)).ToArray()).ToList();
            var csv = new StringBuilder("Id,A,B,C\n");
            for (int i = 0; i < rows.Count; i++) csv.Append(i).Append(',').AppendJoin(',', rows[i].Select(Quote)).Append(random.Next(2) == 0 ? "\n" : "\r\n");
            var options = Tiny with { BlockSize = random.Next(2) == 0 ? 4 << 20 : random.Next(8, 200) };
            var read = Read(csv.ToString(), Random3, new ScanRequest(new HashSet<int> { 0, 1, 2, 3 }, Needles(alternatives)), options);

            Assert.Empty(read.Rejections);
            Assert.Equal(rows.Count, read.Stats.Read + read.Stats.Skipped);
            var kept = read.Column(0).Select(v => (long)v!).ToHashSet();
            for (int i = 0; i < rows.Count; i++)
            {
                bool couldMatch = alternatives.Any(clauses => clauses.All(needle => rows[i].Any(f => f.Contains(needle, StringComparison.OrdinalIgnoreCase))));
                if (couldMatch) Assert.True(kept.Contains(i), $"round {round}: row {i} [{string.Join(" | ", rows[i])}] was skipped for {string.Join(" OR ", alternatives.Select(a => string.Join(" AND ", a)))}");
            }
            foreach (var row in read.Rows) Assert.Equal(rows[(int)(long)row[0]!], row.Skip(1));
            skippedTotal += read.Stats.Skipped;
        }
        Assert.True(skippedTotal > 100, "the prefilter should have skipped rows");
    }

    private static string RandomText(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => Pieces[random.Next(Pieces.Length)]));
}
