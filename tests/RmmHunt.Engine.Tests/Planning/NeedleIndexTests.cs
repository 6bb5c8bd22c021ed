using System.Text;
using FsCheck;
using FsCheck.Fluent;
using RmmHunt.Engine.Sources;

namespace RmmHunt.Engine.Tests.Planning;

/// <summary>
/// The many-needle search must find exactly what one <see cref="AsciiSearch"/> per needle finds, and
/// the prefilter built on it must pass exactly the rows the per-needle matcher passes.
/// </summary>
public class NeedleIndexTests
{
    private static readonly string[] Pieces = ["abc", "ABC", "b", "c.", "-d", "é", "Ä", "xyz", "a", "\"", ","];

    private static Gen<string> Text(int maxPieces) => Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p.Take(maxPieces)));

    [Fact]
    public void Finds_the_needles_a_search_per_needle_finds()
    {
        var gen = from needles in Text(3).Select(n => n.ToLowerInvariant()).Where(n => Encoding.UTF8.GetByteCount(n) >= 3).ListOf().Select(l => l.Distinct().Take(20).ToList())
                  from text in Text(12)
                  select (needles, text);
        Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var (needles, text) = pair;
            var bytes = needles.Select(Encoding.UTF8.GetBytes).ToList();
            var index = new NeedleIndex(bytes);
            var haystack = Encoding.UTF8.GetBytes(text);
            var present = new bool[bytes.Count];
            index.MarkPresent(haystack, present);
            var expected = bytes.Select(n => AsciiSearch.ContainsIgnoreCase(haystack, n)).ToArray();
            var (at, _) = index.FindFirst(haystack);
            return present.SequenceEqual(expected) && (at >= 0) == expected.Any(e => e);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_first_position_and_needle_are_reported()
    {
        var index = new NeedleIndex([Encoding.ASCII.GetBytes("desk.com"), Encoding.ASCII.GetBytes("eye.de")]);
        var text = Encoding.ASCII.GetBytes("relay.ANYDESK.COM, server-eye.de");
        Assert.Equal((9, 0), index.FindFirst(text));
        Assert.Equal((26, 1), index.FindFirst(text, 10));
        Assert.Equal((-1, -1), index.FindFirst(text, 27));
    }

    [Fact]
    public void The_indexed_matcher_passes_the_rows_the_plain_matcher_passes()
    {
        var gen = from alternatives in Text(2).Where(n => n.Length >= 3).ListOf().Select(l => l.Take(3).ToList()).Where(l => l.Count > 0).ListOf()
                      .Select(a => a.Take(2).ToList()).Where(a => a.Count > 0)
                  from row in Text(12)
                  select (alternatives, row);
        Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var (alternatives, row) = pair;
            var filter = new RowPrefilter(alternatives.Select(a => new NeedleConjunction([new NeedleClause(a)])).ToList());
            // The same alternatives plus needles no row holds, so that the matcher takes its indexed path.
            var padded = new RowPrefilter([.. filter.Alternatives, .. Enumerable.Range(0, 10).Select(i => new NeedleConjunction([new NeedleClause([$"qq{i}q"])]))]);
            var plain = PrefilterMatcher.Compile(filter, _ => true);
            var indexed = PrefilterMatcher.Compile(padded, _ => true);
            if (plain is null || indexed is null) return plain is null && indexed is null;
            var bytes = Encoding.UTF8.GetBytes(row);
            return plain.Matches(bytes) == indexed.Matches(bytes);
        }).QuickCheckThrowOnFailure();
    }
}
