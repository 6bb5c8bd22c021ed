using RmmHunt.Engine.Sources;
using static RmmHunt.Data.Tests.CsvTestKit;

namespace RmmHunt.Data.Tests;

/// <summary>A scan's time range lets the CSV reader skip rows on their raw time field, before splitting them.</summary>
public sealed class CsvTimePrefilterTests
{
    private static readonly TimeRange LastDays = new("Timestamp", new DateTime(2024, 10, 5, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 10, 7, 0, 0, 0, DateTimeKind.Utc));

    private static ScanRequest NameAndCount(TimeRange? time) => Columns(Table, "Timestamp", "Name", "Count") with { Time = time };

    [Fact]
    public void Rows_outside_the_range_are_skipped_unparsed_and_counted()
    {
        string text = Header
            + Row("old", "1", "2024-10-01T00:00:00Z")
            + Row("recent", "2", "2024-10-06T12:00:00Z")
            + Row("old and broken", "not a number", "2024-09-01T00:00:00Z") // skipped unparsed: never rejected
            + Row("edge", "3", "2024-10-07T00:00:00Z") // the bounds are inclusive
            + Row("sentinel format", "4", "\"10/6/2024, 1:02:03.000 PM\"") // the portal's format, quoted for its comma
            + Row("future", "5", "2024-10-08T00:00:00Z");
        var read = Read(text, request: NameAndCount(LastDays));
        Assert.Equal(["recent", "edge", "sentinel format"], read.Column(1));
        Assert.Equal((3L, 3L), (read.Stats.Read, read.Stats.Skipped));
        Assert.Empty(read.Rejections);
    }

    [Fact]
    public void A_row_whose_time_cannot_be_read_is_parsed_so_that_it_is_reported()
    {
        string text = Header + Row("no time", "1", "") + Row("bad time", "2", "yesterday") + Row("recent", "3", "2024-10-06T00:00:00Z");
        var read = Read(text, request: NameAndCount(LastDays));
        Assert.Equal(["no time", "recent"], read.Column(1));
        Assert.Equal("Timestamp", read.Rejections.Single().Column);
    }

    [Fact]
    public void The_time_field_may_be_anywhere_and_quoted()
    {
        string text = "Name,Count,Timestamp\nold,1,\"2024-10-01T00:00:00Z\"\n\"re,cent\",2,\"2024-10-06T00:00:00Z\"\nlater,3,2024-10-06T01:00:00Z\n";
        var read = Read(text, request: NameAndCount(LastDays));
        Assert.Equal(["re,cent", "later"], read.Column(1));
        Assert.Equal(1L, read.Stats.Skipped);
    }

    [Fact]
    public void Without_a_range_every_row_is_read()
    {
        string text = Header + Row("old", "1", "2024-10-01T00:00:00Z") + Row("recent", "2", "2024-10-06T12:00:00Z");
        var read = Read(text, request: NameAndCount(null));
        Assert.Equal(["old", "recent"], read.Column(1));
        Assert.Equal(0L, read.Stats.Skipped);
    }
}
