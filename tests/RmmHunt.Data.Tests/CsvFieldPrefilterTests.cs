using System.Text;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Symbols;
using static RmmHunt.Data.Tests.CsvTestKit;

namespace RmmHunt.Data.Tests;

/// <summary>
/// With many needles that name their columns (a rule pack), each needle is searched in its column's
/// field only: a row passes when some alternative has, in each clause, a needle in that clause's field.
/// </summary>
public class CsvFieldPrefilterTests
{
    // More needles than the row-wide search handles (PrefilterMatcher.IndexedAbove), all in Name.
    private static readonly string[] Domains = Enumerable.Range(0, 12).Select(i => $"tool{i}.example").Append("server-eye.de").ToArray();

    private static RowPrefilter InName(params string[] needles) =>
        new([new NeedleConjunction([NeedleClause.In("Name", needles)])]);

    [Fact]
    public void A_needle_counts_only_in_its_own_field()
    {
        string text = "Name,Note,Count\nocc.server-eye.de,x,1\nwww.example.com,server-eye.de,2\nTOOL3.EXAMPLE,y,3\nplain,z,4\n";
        var read = Read(text, request: new ScanRequest(new HashSet<int> { Table.IndexOf("Name"), Table.IndexOf("Count") }, InName(Domains)));
        Assert.Equal(["occ.server-eye.de", "TOOL3.EXAMPLE"], read.Column(0));
        Assert.Equal((2L, 2L), (read.Stats.Read, read.Stats.Skipped));
    }

    [Fact]
    public void Quoted_fields_and_malformed_rows_are_handled_as_the_parser_does()
    {
        // A quoted field is searched inside its quotes; a row the splitter cannot read is left to the parser, which rejects it.
        string text = "Name,Note,Count\n\"a,tool7.example\",x,1\n\"bro\"ken,y,2\nother,z,3\n";
        var read = Read(text, request: new ScanRequest(new HashSet<int> { Table.IndexOf("Name"), Table.IndexOf("Count") }, InName(Domains)));
        Assert.Equal(["a,tool7.example"], read.Column(0));
        Assert.Equal((1L, 1L, 1L), (read.Stats.Read, read.Stats.Skipped, read.Stats.RejectedCount));
    }

    [Fact]
    public void Clauses_in_different_fields_must_all_hold()
    {
        var filter = new RowPrefilter(
        [
            new NeedleConjunction([NeedleClause.In("Name", Domains), NeedleClause.In("Note", ["agent.exe"])]),
        ]);
        string text = "Name,Note,Count\ntool1.example,agent.exe,1\ntool1.example,other.exe,2\nnothing,agent.exe,3\n";
        var read = Read(text, request: new ScanRequest(new HashSet<int> { 2 }, filter));
        Assert.Equal([1L], read.Column(0));
    }

    [Fact]
    public void A_clause_found_in_every_row_does_not_let_rows_through_on_its_own()
    {
        // `FileName startswith 'tool..' and FileName endswith '.exe'`: every row holds .exe; the rows kept are
        // those of some alternative, whichever of its clauses the filter tests first.
        var filter = new RowPrefilter(
        [
            new NeedleConjunction([NeedleClause.In("Note", [".exe"]), NeedleClause.In("Name", Domains)]),
            new NeedleConjunction([NeedleClause.In("Note", ["agent.exe"])]),
        ]);
        string text = "Name,Note,Count\ntool1.example,a.exe,1\nnothing,b.exe,2\nnothing,agent.exe,3\ntool2.example,none,4\n";
        var read = Read(text, request: new ScanRequest(new HashSet<int> { 2 }, filter));
        Assert.Equal([1L, 3L], read.Column(0));
        Assert.Equal(2L, read.Stats.Skipped);
    }

    [Fact]
    public void A_needle_of_a_column_the_file_lacks_falls_back_to_the_row_wide_search()
    {
        var filter = new RowPrefilter([new NeedleConjunction([NeedleClause.In("Missing", Domains)])]);
        string text = "Name,Note,Count\nx,tool2.example,1\ny,z,2\n";
        var read = Read(text, request: new ScanRequest(new HashSet<int> { 2 }, filter));
        Assert.Equal([1L], read.Column(0)); // found anywhere in the row, as before
    }

    private static readonly TableSchema Fields5 = new("R",
        [new("Id", KqlType.Long), new("A", KqlType.String), new("B", KqlType.String), new("C", KqlType.String), new("D", KqlType.String)]);

    private static readonly string[] Pool =
        ["remote.exe", ".exe", "anydesk", "server-eye.de", "agent", "toolbox.example", "winvnc", "kramer it", "tcp", "svc", "zoho assist", "relay.example"];

    private static readonly string[] Pieces =
        ["remote", ".exe", "REMOTE.EXE", "anydesk", "AnyDesk", "server-eye", ".de", "agent", "tool", "box.example", "winvnc", "kramer", " it",
         "tcp", "svc", "zoho", " assist", "relay.example", ",", "\"", "\"\"", " ", "plain"];

    /// <summary>
    /// Property: with many needles in named columns (the field-wise filter, key clauses first), a row that
    /// holds some alternative's needles, each in its clause's column, is never skipped; whatever the
    /// order of the clauses, and wherever a needle also occurs in another column.
    /// </summary>
    [Fact]
    public void Never_skips_a_row_that_holds_an_alternative_in_its_columns()
    {
        var random = new Random(20241128);
        string[] columns = ["A", "B", "C", "D"];
        long skippedTotal = 0;
        for (int round = 0; round < 200; round++)
        {
            var alternatives = Enumerable.Range(0, random.Next(2, 6)).Select(_ =>
                Enumerable.Range(0, random.Next(1, 4)).Select(_ => (Column: columns[random.Next(4)], Needles: Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pool[random.Next(Pool.Length)]).Distinct().ToArray())).ToArray()).ToArray();
            var filter = new RowPrefilter(alternatives.Select(a => new NeedleConjunction(a.Select(c => NeedleClause.In(c.Column, c.Needles)).ToList())).ToList());
            var rows = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Enumerable.Range(0, 4).Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => Pieces[random.Next(Pieces.Length)]))).ToArray()).ToList();
            var csv = new StringBuilder("Id,A,B,C,D\n");
            for (int i = 0; i < rows.Count; i++) csv.Append(i).Append(',').AppendJoin(',', rows[i].Select(Quote)).Append('\n');
            var read = Read(csv.ToString(), Fields5, new ScanRequest(new HashSet<int> { 0, 1, 2, 3, 4 }, filter), Tiny with { BlockSize = random.Next(2) == 0 ? 4 << 20 : random.Next(8, 300) });

            Assert.Empty(read.Rejections);
            Assert.Equal(rows.Count, read.Stats.Read + read.Stats.Skipped);
            var kept = read.Column(0).Select(v => (long)v!).ToHashSet();
            for (int i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                bool holds = alternatives.Any(a => a.All(c => c.Needles.Any(n => row[Array.IndexOf(columns, c.Column)].Contains(n, StringComparison.OrdinalIgnoreCase))));
                if (holds) Assert.True(kept.Contains(i), $"round {round}: row {i} [{string.Join(" | ", row)}] was skipped");
            }
            skippedTotal += read.Stats.Skipped;
        }
        Assert.True(skippedTotal > 100, "the filter should have skipped rows");
    }
}
