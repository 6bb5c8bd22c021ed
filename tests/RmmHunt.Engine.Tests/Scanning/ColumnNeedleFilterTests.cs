using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Tests.Scanning;

/// <summary>
/// The needle filter of decoded batches (Parquet) keeps exactly the rows in which some alternative has,
/// in each of its clauses, a needle inside that clause's column (ASCII case ignored), whether the
/// columns are dictionary-encoded or flat; and filters nothing when a clause cannot be checked.
/// </summary>
public class ColumnNeedleFilterTests
{
    private static readonly TableSchema Table = new("T",
        [new("Id", KqlType.Long), new("Url", KqlType.String), new("File", KqlType.String), new("Port", KqlType.Int)]);

    private static readonly HashSet<int> Loaded = [0, 1, 2, 3];

    private static Batch Batch(string[] urls, string[] files, bool encoded)
    {
        var ids = new PrimitiveColumn<long>(KqlType.Long, Enumerable.Range(0, urls.Length).Select(i => (long)i).ToArray(), null);
        return new Batch([ids, Strings(urls, encoded), Strings(files, encoded), null], urls.Length);
    }

    private static StringColumn Strings(string[] values, bool encoded)
    {
        if (!encoded) return new StringColumn(values);
        var dictionary = values.Distinct().ToArray();
        return StringColumn.FromDictionary(values.Select(v => Array.IndexOf(dictionary, v)).ToArray(), dictionary, values.Length);
    }

    private static RowPrefilter Filter(params NeedleConjunction[] alternatives) => new(alternatives);

    private static NeedleConjunction All(params NeedleClause[] clauses) => new(clauses);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_row_is_kept_when_its_own_column_holds_a_needle_in_any_case(bool encoded)
    {
        var filter = ColumnNeedleFilter.Create(Filter(All(NeedleClause.In("Url", ["server-eye.de", "anydesk.com"]))), Table, Loaded)!;
        var batch = Batch(["occ.SERVER-EYE.de", "example.org", "relay.anydesk.com", "server-eye.de"], ["a", "server-eye.de", "b", "c"], encoded);
        Assert.Equal([0, 2, 3], filter.Select(batch)!.Rows);
    }

    [Fact]
    public void Clauses_must_all_hold_and_alternatives_each_suffice()
    {
        var filter = ColumnNeedleFilter.Create(Filter(
            All(NeedleClause.In("Url", ["tool.example"]), NeedleClause.In("File", ["agent.exe"])),
            All(NeedleClause.In("File", ["other.exe"]))), Table, Loaded)!;
        var batch = Batch(["tool.example", "tool.example", "none", "none"], ["agent.exe", "x.exe", "other.exe", "agent.exe"], encoded: true);
        Assert.Equal([0, 2], filter.Select(batch)!.Rows);
    }

    [Fact]
    public void Nothing_is_filtered_when_a_clause_cannot_be_checked()
    {
        // A needle without a column, in a column not loaded, in a non-string column, or too short to search.
        NeedleClause[] unchecked_ =
        [
            new(["tool.example"], [null]),
            NeedleClause.In("File", ["tool.example"]),
            NeedleClause.In("Port", ["3389"]),
            NeedleClause.In("Url", ["ab"]),
        ];
        foreach (var clause in unchecked_)
        {
            var loaded = clause.ColumnOf(0) == "File" ? new HashSet<int> { 0, 1 } : Loaded;
            Assert.Null(ColumnNeedleFilter.Create(Filter(All(clause)), Table, loaded));
            // Beside a checkable clause, the unchecked one is dropped and the other still filters.
            var both = ColumnNeedleFilter.Create(Filter(All(clause, NeedleClause.In("Url", ["anydesk"]))), Table, loaded)!;
            Assert.Equal([1], both.Select(Batch(["x", "anydesk.com"], ["tool.example", "y"], encoded: true))!.Rows);
        }
    }

    [Fact]
    public void Each_alternative_is_routed_the_rows_it_lets_through()
    {
        var filter = ColumnNeedleFilter.Create(Filter(
            All(NeedleClause.In("Url", ["anydesk"])),
            All(NeedleClause.In("File", ["teamviewer"]))), Table, Loaded)!;
        var kept = filter.Select(Batch(["anydesk.com", "x", "anydesk.com", "y"], ["a", "b", "TeamViewer.exe", "teamviewer.exe"], encoded: true))!;
        Assert.Equal([0, 2, 3], kept.Rows);
        Assert.Equal([0, 1], kept.Routes.RowsOf(0)); // rows 0 and 2 of the batch
        Assert.Equal([1, 2], kept.Routes.RowsOf(1)); // rows 2 and 3
    }

    [Fact]
    public void Only_the_ascii_part_of_a_needle_is_searched_as_the_csv_reader_does()
    {
        // "Krämer IT Solutions" is searched as its longest ASCII run, "mer IT Solutions": the umlaut spelled otherwise still passes.
        var filter = ColumnNeedleFilter.Create(Filter(All(NeedleClause.In("File", ["Krämer IT Solutions"]))), Table, Loaded)!;
        var batch = Batch(["a", "b", "c"], ["Kraemer IT Solutions GmbH", "KRÄMER it solutions", "Kramer"], encoded: true);
        Assert.Equal([0, 1], filter.Select(batch)!.Rows);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_batches_keep_exactly_the_rows_a_plain_search_keeps(int seed)
    {
        var random = new Random(seed);
        string[] pool = ["anydesk", "server-eye", "screenconnect", ".exe", "teamviewer", "agent", "relay.example", "kaseya"];
        string Value() => string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(3) == 0 ? pool[random.Next(pool.Length)].ToUpperInvariant() : pool[random.Next(pool.Length)] + "/"));
        NeedleClause Clause() => NeedleClause.In(random.Next(2) == 0 ? "Url" : "File", Enumerable.Range(0, random.Next(1, 4)).Select(_ => pool[random.Next(pool.Length)]).ToArray());
        for (int round = 0; round < 50; round++)
        {
            // Enough needles that several share a column, as a rule pack's do.
            var alternatives = Enumerable.Range(0, random.Next(1, 12)).Select(_ => All(Enumerable.Range(0, random.Next(1, 3)).Select(_ => Clause()).ToArray())).ToArray();
            var filter = ColumnNeedleFilter.Create(Filter(alternatives), Table, Loaded)!;
            int rows = random.Next(1, 60);
            var urls = Enumerable.Range(0, rows).Select(_ => Value()).ToArray();
            var files = Enumerable.Range(0, rows).Select(_ => Value()).ToArray();
            var expected = Enumerable.Range(0, rows).Where(r => alternatives.Any(a => a.Clauses.All(c =>
                c.AnyOf.Select((n, i) => (c.ColumnOf(i) == "Url" ? urls[r] : files[r]).Contains(n, StringComparison.OrdinalIgnoreCase)).Any(found => found)))).ToArray();
            foreach (bool encoded in new[] { true, false })
            {
                var kept = filter.Select(Batch(urls, files, encoded))!;
                Assert.Equal(expected, kept.Rows);
                // Each alternative is routed exactly the kept rows it alone would keep (numbered among the kept rows).
                for (int a = 0; a < alternatives.Length; a++)
                {
                    var alone = ColumnNeedleFilter.Create(Filter(alternatives[a]), Table, Loaded)!.Select(Batch(urls, files, encoded))!.Rows;
                    Assert.Equal(alone, kept.Routes.RowsOf(a).Select(k => kept.Rows[k]).ToArray());
                }
            }
        }
    }
}
