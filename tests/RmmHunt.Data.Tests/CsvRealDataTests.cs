using System.Text;
using RmmHunt.Data.Schemas;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Symbols;
using RmmHunt.Testing;
using static RmmHunt.Data.Tests.CsvTestKit;

namespace RmmHunt.Data.Tests;

/// <summary>A real Defender export, and the same data read through different block sizes and thread counts.</summary>
public class CsvRealDataTests
{
    private static string Dafneb => Path.Combine(RepoPaths.Reference, "data/samples/dafneb/defender_hunting/tests/data/advanced_hunting_test.csv");

    [Theory]
    [InlineData("DeviceProcessEvents")]
    [InlineData("DeviceNetworkEvents")]
    [InlineData("DeviceEvents")]
    public void Real_defender_export_reads_with_zero_rejections(string tableName)
    {
        var table = BuiltInSchemas.Instance.FindTable(tableName)!;
        var read = ReadFile(Dafneb, table);
        Assert.Empty(read.Rejections);
        Assert.Equal(26, read.Stats.Read);
        Assert.Equal(new FileInfo(Dafneb).Length, read.Stats.Bytes);
        int timestamp = table.IndexOf("Timestamp");
        int ordinal = ScanRequest.All(table).Columns.Order().ToList().IndexOf(timestamp);
        Assert.Equal(new DateTime(2023, 10, 18, 14, 37, 28, DateTimeKind.Utc).AddTicks(2012261), read.Rows[0][ordinal]);
    }

    [Fact]
    public void Real_export_values_come_through()
    {
        var table = BuiltInSchemas.Instance.FindTable("DeviceProcessEvents")!;
        var request = Columns(table, "InitiatingProcessCommandLine", "AdditionalFields", "InitiatingProcessId");
        var read = ReadFile(Dafneb, table, request);
        var first = read.Rows[0];
        var ordered = request.Columns.Order().Select(o => table.Columns[o].Name).ToList();
        Assert.Equal("\"MsMpEng.exe\"", first[ordered.IndexOf("InitiatingProcessCommandLine")]);
        Assert.Equal(7212L, first[ordered.IndexOf("InitiatingProcessId")]);
        Assert.Equal("NT AUTHORITY", ((Kql.Values.DynBag)first[ordered.IndexOf("AdditionalFields")]!)["Domain"]);
    }

    [Fact]
    public void Small_and_large_blocks_any_thread_count_and_parallel_or_streamed_reads_give_identical_results()
    {
        string path = WriteBytes(Generate(new Random(7), 3000));
        try
        {
            var baseline = ReadFile(path, Table, options: new() { Workers = 1 });
            Assert.True(baseline.Rejections.Count > 10);
            Assert.True(baseline.Rows.Count > 2500);
            foreach (var options in new Csv.CsvReadOptions[]
                     {
                         new() { BlockSize = 16, Workers = 2 }, new() { BlockSize = 1000, Workers = 3 }, new() { BlockSize = 64 << 10, Workers = 2 },
                         new() { BlockSize = 16, Workers = 2, ParallelReads = false }, new() { BlockSize = 64 << 10, Workers = 2, ParallelReads = false },
                     })
            {
                var other = ReadFile(path, Table, options: options);
                Assert.Equal(baseline.Rows, other.Rows);
                Assert.Equal(baseline.Rejections, other.Rejections);
                Assert.Equal((baseline.Stats.Read, baseline.Stats.Bytes), (other.Stats.Read, other.Stats.Bytes));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Stopping_early_ends_the_threads_and_releases_the_file()
    {
        string path = WriteBytes(Generate(new Random(8), 20000));
        var source = new Csv.DefenderCsvSource(path, Table, new() { BlockSize = 4096 });
        var stats = new ScanStatistics(path, "T");
        var first = source.Scan(Table, ScanRequest.All(Table), stats, CancellationToken.None).First();
        Assert.True(first.RowCount > 0);
        File.Delete(path); // would fail on Windows while open; here it checks that the scan closed it
        Assert.True(stats.Read < 20000);
    }

    [Fact]
    public void Cancellation_stops_the_scan()
    {
        string path = WriteBytes(Generate(new Random(9), 5000));
        try
        {
            using var cancel = new CancellationTokenSource();
            var source = new Csv.DefenderCsvSource(path, Table, new() { BlockSize = 4096 });
            var batches = source.Scan(Table, ScanRequest.All(Table), new ScanStatistics(path, "T"), cancel.Token);
            Assert.ThrowsAny<OperationCanceledException>(() =>
            {
                foreach (var _ in batches) cancel.Cancel();
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Rows of the test table with awkward text and a few bad values.</summary>
    private static string Generate(Random random, int rows)
    {
        var csv = new StringBuilder(Header);
        string[] names = ["svchost.exe", "\"quoted\" name", "multi\nline", "comma, inside", "Krämer", ""];
        for (int i = 0; i < rows; i++)
        {
            string name = names[random.Next(names.Length)] + (random.Next(4) == 0 ? i.ToString() : "");
            string quoted = name.AsSpan().IndexOfAny("\",\n") >= 0 ? "\"" + name.Replace("\"", "\"\"") + "\"" : name;
            string count = random.Next(100) == 0 ? "oops" : random.Next(-5, 100000).ToString();
            string ts = $"2024-10-{random.Next(1, 29):00}T{random.Next(24):00}:{random.Next(60):00}:{random.Next(60):00}.{random.Next(1000000):000000}Z";
            string json = random.Next(3) == 0 ? "\"{\"\"k\"\":" + i + "}\"" : "";
            csv.Append($"{ts},{quoted},{count},{random.Next(65536)},{random.NextDouble()},{random.Next(2) == 0},{Guid.Empty},{json},,{i}.5\n");
        }
        return csv.ToString();
    }
}
