using System.Diagnostics;
using System.Globalization;
using ParquetSharp;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Values;

namespace RmmHunt.Data.Tests.Parquet;

/// <summary>
/// Row groups decoded on several threads come out exactly as one thread reads them: the same rows in
/// the same order, every row counted, the same rejections with the same record numbers; pruning by
/// time statistics, cancellation and read errors behave the same.
/// </summary>
public sealed class ParallelScanTests : IDisposable
{
    private const int Rows = 20_000;
    private static readonly string[] All = ["Timestamp", "DeviceName", "RemotePort", "RemoteUrl", "ReportId"];

    private readonly ParquetTestFiles _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>What a correct reader gives for row <paramref name="i"/>, or null when the row is rejected (RemotePort not a number).</summary>
    private static string? Expected(int i)
    {
        var row = ParquetTestFiles.Row(i);
        var port = (string?)row[2];
        if (port is not null && !int.TryParse(port, CultureInfo.InvariantCulture, out _)) return null;
        return string.Join("|",
            row[0] is DateTime t ? ScalarFormat.DateTime(t) : "<null>",
            row[1], port ?? "<null>", row[3], row[4]?.ToString() ?? "<null>");
    }

    [Theory]
    [InlineData(700, 2)]
    [InlineData(700, 5)]
    [InlineData(20_000, 3)] // one row group of several chunks
    [InlineData(9_000, 2)] // groups of two chunks, the last short
    public void Many_workers_give_the_rows_counts_and_rejections_of_one(int rowGroupRows, int workers)
    {
        string path = _files.Write("events.parquet", Rows, rowGroupRows);
        var request = ParquetTestFiles.Request(All);

        var single = ParquetTestFiles.Scan(ParquetTestFiles.Source(path, workers: 1), request);
        var parallel = ParquetTestFiles.Scan(ParquetTestFiles.Source(path, workers), request);

        var expected = Enumerable.Range(0, Rows).Select(Expected).ToList();
        Assert.Equal(expected.OfType<string>().ToList(), single.Rows);
        Assert.Equal(single.Rows, parallel.Rows);
        int rejected = expected.Count(e => e is null);
        Assert.True(rejected > 100);
        Assert.Equal((Rows - rejected, 0L, (long)rejected), (single.Read, single.Skipped, single.Rejected));
        Assert.Equal((single.Read, single.Skipped, single.Rejected, single.Bytes), (parallel.Read, parallel.Skipped, parallel.Rejected, parallel.Bytes));
        Assert.Equal(new FileInfo(path).Length, parallel.Bytes);
        Assert.Equal(single.Rejections, parallel.Rejections);
        // Record numbers count from the file's first row (1-based), whichever thread read the row.
        Assert.Contains($"{path}: record 5535: column RemotePort: \"port-5534\" is not a int", parallel.Rejections);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Row_groups_outside_the_time_range_are_skipped_unread(int workers)
    {
        string path = _files.Write("sorted.parquet", Rows, rowGroupRows: 700);
        var request = ParquetTestFiles.Request(All) with
        {
            Time = new TimeRange("Timestamp", ParquetTestFiles.Start.AddMinutes(5000), ParquetTestFiles.Start.AddMinutes(9000)),
        };

        var result = ParquetTestFiles.Scan(ParquetTestFiles.Source(path, workers), request);

        // Groups 7 to 12 (minutes 4900 to 9099) overlap the range: 6 x 700 rows read, the rest skipped.
        var expected = Enumerable.Range(4900, 4200).Select(Expected).ToList();
        Assert.Equal(expected.OfType<string>().ToList(), result.Rows);
        Assert.Equal(Rows - 4200, result.Skipped);
        Assert.Equal(4200, result.Read + result.Rejected);
        Assert.Equal(new FileInfo(path).Length, result.Bytes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Rows_without_the_needles_in_their_columns_are_skipped_and_counted(int workers)
    {
        string path = _files.Write("needles.parquet", Rows, rowGroupRows: 3000);
        // Two alternatives, as two rules would give: host3 in RemoteUrl, or device-5 in DeviceName.
        var request = new ScanRequest(ParquetTestFiles.Request(All).Columns, new RowPrefilter(
        [
            new NeedleConjunction([NeedleClause.In("RemoteUrl", ["HOST3.example"])]),
            new NeedleConjunction([NeedleClause.In("DeviceName", ["device-5"])]),
        ]));

        var result = ParquetTestFiles.Scan(ParquetTestFiles.Source(path, workers), request);

        var kept = Enumerable.Range(0, Rows).Select(i => (Row: ParquetTestFiles.Row(i), Text: Expected(i)))
            .Where(r => r.Text is not null && (((string)r.Row[3]!).Contains("host3.example") || (string)r.Row[1]! == "device-5")).ToList();
        Assert.Equal(kept.Select(k => k.Text!).ToList(), result.Rows);
        Assert.InRange(kept.Count, 2000, 5000);
        int rejected = Enumerable.Range(0, Rows).Count(i => Expected(i) is null);
        Assert.Equal((long)kept.Count, result.Read);
        Assert.Equal((long)rejected, result.Rejected);
        Assert.Equal(Rows, result.Read + result.Skipped + result.Rejected);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Chunks_whose_rows_all_hold_a_needle_go_on_whole_and_intact(int workers)
    {
        // Every DeviceName holds "device-": chunks pass whole, while the workers read ahead into other chunks.
        string path = _files.Write("all.parquet", Rows, rowGroupRows: 3000);
        var request = new ScanRequest(ParquetTestFiles.Request(All).Columns,
            new RowPrefilter([new NeedleConjunction([NeedleClause.In("DeviceName", ["device-"])])]));

        var result = ParquetTestFiles.Scan(ParquetTestFiles.Source(path, workers), request);

        Assert.Equal(Enumerable.Range(0, Rows).Select(Expected).OfType<string>().ToList(), result.Rows);
        Assert.Equal(0L, result.Skipped);
    }

    [Fact]
    public void Cancelling_mid_file_stops_the_workers_promptly()
    {
        string path = _files.Write("long.parquet", 100_000, rowGroupRows: 1000);
        using var cancellation = new CancellationTokenSource();
        var source = ParquetTestFiles.Source(path, workers: 3);
        var statistics = new ScanStatistics(path, "DeviceNetworkEvents");
        var stopwatch = new Stopwatch();
        var scan = Task.Run(() =>
        {
            using var batches = source.Scan(ParquetTestFiles.Table, ParquetTestFiles.Request(All), statistics, cancellation.Token).GetEnumerator();
            Assert.True(batches.MoveNext());
            cancellation.Cancel();
            stopwatch.Start();
            try
            {
                while (batches.MoveNext()) { }
            }
            finally
            {
                batches.Dispose(); // joins the workers
                stopwatch.Stop();
            }
        });

        var error = Assert.ThrowsAny<AggregateException>(() => scan.Wait(TimeSpan.FromSeconds(60)));
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {stopwatch.Elapsed}");
        Assert.True(statistics.Read + statistics.RejectedCount < 100_000);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_corrupt_row_group_is_rejected_and_counted_and_the_groups_after_it_are_read(int workers)
    {
        string path = _files.Write("corrupt.parquet", 10_000, rowGroupRows: 1000);
        Corrupt(path, group: 4);

        var statistics = new ScanStatistics(path, "DeviceNetworkEvents");
        long rows = ParquetTestFiles.Source(path, workers).Scan(ParquetTestFiles.Table, ParquetTestFiles.Request(All), statistics, default).Sum(b => (long)b.RowCount);

        // The file also holds values that do not convert (one row in 97), rejected on their own.
        var rejected = Assert.Single(statistics.Rejections, r => r.Reason.Contains("row group"));
        Assert.StartsWith("row group 5 is damaged", rejected.Reason);
        Assert.Equal(4001L, rejected.Record);
        Assert.Equal(1000L, rejected.Rows);
        Assert.Equal(10_000, statistics.Read + statistics.RejectedCount);
    }

    /// <summary>Overwrites the first page header of the row group's first column chunk.</summary>
    private static void Corrupt(string path, int group)
    {
        long offset = 4; // "PAR1"
        using (var file = new ParquetFileReader(path))
        {
            for (int g = 0; g < group; g++)
            {
                using var reader = file.RowGroup(g);
                for (int c = 0; c < reader.MetaData.NumColumns; c++)
                {
                    using var chunk = reader.MetaData.GetColumnChunkMetaData(c);
                    offset += chunk.TotalCompressedSize;
                }
            }
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.Position = offset;
        stream.Write(Enumerable.Repeat((byte)0xFF, 64).ToArray());
    }
}
