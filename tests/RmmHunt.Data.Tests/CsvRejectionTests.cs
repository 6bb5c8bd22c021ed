using RmmHunt.Data.Csv;
using RmmHunt.Engine.Sources;
using static RmmHunt.Data.Tests.CsvTestKit;

namespace RmmHunt.Data.Tests;

/// <summary>Nothing is lost: every bad row is rejected with line, column and reason, and reading goes on.</summary>
public class CsvRejectionTests
{
    [Fact]
    public void Bad_long_is_rejected_with_line_column_and_reason_and_other_rows_are_read()
    {
        var read = Read(Header + Row("a", "1") + Row("b", "abc") + Row("c", "3"), options: Tiny);
        Assert.Equal(["a", "c"], read.Column(1));
        var rejected = read.Rejections.Single();
        Assert.Equal((3L, "Count", "\"abc\" is not a long"), (rejected.Line, rejected.Column, rejected.Reason));
        Assert.Equal((2L, 0L, 1L), (read.Stats.Read, read.Stats.Skipped, read.Stats.RejectedCount));
    }

    [Fact]
    public void Bad_datetime_is_rejected()
    {
        var read = Read(Header + Row("a", "1", timestamp: "2024-13-07T00:00:00Z") + Row("b", "2") + Row("c", "3", timestamp: "yesterday"));
        Assert.Equal(["b"], read.Column(1));
        Assert.Equal(
            [new RejectedRow(read.Stats.Location, 2, "Timestamp", "\"2024-13-07T00:00:00Z\" is not a datetime"),
             new RejectedRow(read.Stats.Location, 4, "Timestamp", "\"yesterday\" is not a datetime")],
            read.Rejections);
    }

    [Fact]
    public void Rejected_row_leaves_no_trace_in_columns_converted_before_the_bad_cell()
    {
        // Timestamp and Name convert before Count fails: the row must vanish from them too.
        var read = Read(Header + Row("a", "1") + Row("bad", "x") + Row("c", "3"));
        Assert.Equal(2, read.Batches.Single().RowCount);
        Assert.Equal(["a", "c"], read.Column(1));
        Assert.Equal([1L, 3L], read.Column(2));
    }

    [Fact]
    public void Out_of_range_int_is_rejected()
    {
        var read = Read("Port\n80\n99999999999\n");
        Assert.Equal("\"99999999999\" is not a int", read.Rejections.Single().Reason);
    }

    [Fact]
    public void Wrong_field_count_is_rejected()
    {
        var read = Read("Name,Count\na,1\nb,2,extra\nc\nd,4\n", options: Tiny);
        Assert.Equal(["a", "d"], read.Column(1));
        Assert.Equal([(3L, "the row has 3 fields, the header 2"), (4L, "the row has 1 fields, the header 2")],
            read.Rejections.Select(r => (r.Line, r.Reason)));
        Assert.All(read.Rejections, r => Assert.Null(r.Column));
    }

    [Fact]
    public void Half_written_last_line_is_rejected()
    {
        var read = Read(Header + Row("a", "1") + Row("b", "2") + "2024-10-07T17:35:42Z,trunc");
        Assert.Equal(["a", "b"], read.Column(1));
        Assert.Equal((4L, "the row has 2 fields, the header 10"), (read.Rejections.Single().Line, read.Rejections.Single().Reason));
    }

    [Fact]
    public void Complete_last_line_without_newline_is_read()
    {
        var read = Read(Header + Row("a", "1") + Row("b", "2").TrimEnd('\n'));
        Assert.Equal(["a", "b"], read.Column(1));
        Assert.Empty(read.Rejections);
    }

    [Theory]
    [InlineData(4 << 20, true)]
    [InlineData(16, true)]
    [InlineData(4 << 20, false)]
    [InlineData(16, false)]
    public void Unterminated_quote_at_end_of_file_is_rejected_and_earlier_rows_read(int blockSize, bool parallelReads)
    {
        var read = Read("Name,Count\na,1\nb,2\n\"never closed,3\n", options: Tiny with { BlockSize = blockSize, ParallelReads = parallelReads });
        Assert.Equal(["a", "b"], read.Column(1));
        var rejected = read.Rejections.Single();
        Assert.Equal((4L, "unterminated quoted field at the end of the file"), (rejected.Line, rejected.Reason));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Unterminated_quote_spanning_lines_costs_its_first_line_and_the_rest_is_reread(bool parallelReads)
    {
        var read = Read("Name,Count\na,1\n\"broken,2\nc,3\nd,4\n", options: CsvReadOptions.Default with { ParallelReads = parallelReads });
        Assert.Equal(["a", "c", "d"], read.Column(1));
        Assert.Equal(3L, read.Rejections.Single().Line);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Stray_quote_mid_file_is_contained_by_the_row_size_limit(bool parallelReads)
    {
        var rows = string.Concat(Enumerable.Range(0, 200).Select(i => $"r{i},{i}\n"));
        var read = Read("Name,Count\na,1\n\"stray,2\n" + rows + "x\"y,5\n" + rows, options: Tiny with { MaxRowBytes = 256, ParallelReads = parallelReads });
        // The stray quote pairs with the one in x"y: everything between would be one row. Bounded by
        // MaxRowBytes, only the stray quote's line is given up; then the quote in x"y opens a row that
        // cannot end either, and only its line is given up too.
        Assert.Equal(401, read.Rows.Count);
        Assert.Equal([(3L, null), (204L, null)], read.Rejections.Select(r => (r.Line, r.Column)));
        Assert.All(read.Rejections, r => Assert.Contains("256 bytes", r.Reason));
    }

    [Fact]
    public void A_row_longer_than_the_limit_costs_its_first_line_whatever_the_blocks_and_reader()
    {
        // A 300-byte line; a quoted field whose row runs past the limit over two lines (its first line is given
        // up, then its second, read on its own, is itself longer than the limit); a last line without its newline.
        string text = Header + Row("a") + new string('x', 300) + "\n" + Row("b") + Row("\"start\n" + new string('y', 300) + "\"") + Row("c") + new string('z', 300);
        foreach (int blockSize in new[] { 16, 61, 1000, 1 << 20 })
        {
            foreach (bool parallelReads in new[] { true, false })
            {
                var read = Read(text, options: Tiny with { BlockSize = blockSize, MaxRowBytes = 256, ParallelReads = parallelReads });
                string at = $"{blockSize}-byte blocks, parallel reads {parallelReads}";
                Assert.True(new object?[] { "a", "b", "c" }.SequenceEqual(read.Column(1)), at);
                Assert.True(new[] { (3L, true), (5L, true), (6L, true), (8L, true) }.SequenceEqual(read.Rejections.Select(r => (r.Line, r.Reason.Contains("256 bytes")))), at + ": " + string.Join(" | ", read.Rejections));
            }
        }
    }

    [Fact]
    public void A_header_with_more_columns_than_any_export_refuses_the_file()
    {
        string path = Write(string.Join(",", Enumerable.Range(0, 10_001).Select(i => $"c{i}")) + "\n" + Row("a"));
        try
        {
            var e = Assert.Throws<InputFileException>(() => new DefenderCsvSource(path, Table));
            Assert.Equal((path, 1L), (e.Path, e.Line));
            Assert.StartsWith("the header has 10,001 columns", e.Reason);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Text_after_a_closing_quote_is_rejected()
    {
        var read = Read("Name,Count\n\"a\"b,1\nc,2\n");
        Assert.Equal(["c"], read.Column(1));
        Assert.StartsWith("unexpected text after a closing quote", read.Rejections.Single().Reason);
    }

    [Fact]
    public void Every_row_is_read_skipped_or_rejected_and_every_byte_counted()
    {
        string text = Header + Row("a", "1") + Row("b", "x") + "\"open\n";
        var read = Read(text, options: Tiny);
        Assert.Equal(1, read.Stats.Read);
        Assert.Equal(2, read.Stats.RejectedCount);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text), read.Stats.Bytes);
    }

    [Fact]
    public void Missing_file_throws_an_io_error_naming_it()
    {
        var e = Assert.Throws<IOException>(() => new Csv.DefenderCsvSource("/nonexistent/DeviceNetworkEvents.csv", Table));
        Assert.Contains("/nonexistent/DeviceNetworkEvents.csv", e.Message);
    }
}
