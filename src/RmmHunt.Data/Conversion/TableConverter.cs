using RmmHunt.Data.Parquet;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Conversion;

/// <summary>What converting one table produced.</summary>
public sealed record ConvertedTable(string Table, string Path, long Rows, int SortedRuns, long OutOfRangeDateTimes);

/// <summary>
/// Converts every input of one table into one Parquet file sorted by its time column (<c>Timestamp</c>,
/// else <c>TimeGenerated</c>), so that a later scan skips the row groups outside a rule's window by
/// their statistics. Sorting is an external merge sort: runs of <see cref="ConvertOptions.RunRows"/>
/// rows are sorted in memory and written to temporary Parquet files, then merged, so memory is
/// bounded by the run size, not by the input. Rows are read through the ordinary sources, with their
/// ordinary accounting (rejected rows are reported, not converted).
/// </summary>
public static class TableConverter
{
    public static ConvertedTable Convert(TableSchema table, IReadOnlyList<ITableSource> sources, Func<ITableSource, IScanObserver> observerFor,
        string outputDirectory, ConvertOptions options, CancellationToken cancellation = default)
    {
        // The columns any input has, in table order: a column no input has would only be nulls.
        var present = sources.SelectMany(s => s.Columns).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var ordinals = Enumerable.Range(0, table.Count).Where(o => present.Contains(table.Columns[o].Name)).ToArray();
        var columns = ordinals.Select(o => table.Columns[o]).ToList();
        var layout = new TableSchema(table.Name, columns);
        int time = TimeColumn(layout);
        string directory = Path.Combine(outputDirectory, table.Name);
        Directory.CreateDirectory(directory);
        string output = Path.Combine(directory, "part-00000.parquet");
        var runs = new List<string>();
        var pending = new List<Batch>();
        int pendingRows = 0;
        try
        {
            var request = new ScanRequest(ordinals.ToHashSet(), null);
            foreach (var source in sources)
            {
                var observer = observerFor(source);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                foreach (var batch in Timed(source.Scan(table, request, observer, cancellation), observer, clock))
                {
                    pending.Add(Narrow(batch, ordinals));
                    pendingRows += batch.RowCount;
                    if (pendingRows < options.RunRows) continue;
                    runs.Add(WriteRun(layout, time, pending, options, Temporary(options)));
                    pending.Clear();
                    pendingRows = 0;
                }
            }
            if (runs.Count == 0) return Finish(table.Name, output, SortedRuns: 1, WriteSorted(layout, time, pending, options, output));
            if (pending.Count > 0) runs.Add(WriteRun(layout, time, pending, options, Temporary(options)));
            return Finish(table.Name, output, runs.Count, Merge(layout, time, runs, options, output, cancellation));
        }
        finally
        {
            foreach (string run in runs) File.Delete(run);
        }
    }

    /// <summary>Passes the batches on and adds the scan's time to the input's accounting when it ends.</summary>
    private static IEnumerable<Batch> Timed(IEnumerable<Batch> batches, IScanObserver observer, System.Diagnostics.Stopwatch clock)
    {
        foreach (var batch in batches) yield return batch;
        observer.Scanned(clock.Elapsed);
    }

    private static ConvertedTable Finish(string table, string path, int SortedRuns, ParquetTableWriter written) =>
        new(table, path, written.Rows, SortedRuns, written.OutOfRangeDateTimes);

    private static int TimeColumn(TableSchema layout)
    {
        foreach (string name in new[] { "Timestamp", "TimeGenerated" })
        {
            int ordinal = layout.IndexOf(name);
            if (ordinal >= 0 && layout.Columns[ordinal].Type == KqlType.DateTime) return ordinal;
        }
        return -1;
    }

    /// <summary>A batch of the full table reduced to the converted columns, in their order.</summary>
    private static Batch Narrow(Batch batch, int[] ordinals) => new(ordinals.Select(o => batch.Columns[o]).ToArray(), batch.RowCount);

    private static string Temporary(ConvertOptions options) => Path.Combine(options.TemporaryDirectory, $"rmmhunt-run-{Guid.NewGuid():N}.parquet");

    private static string WriteRun(TableSchema layout, int time, List<Batch> batches, ConvertOptions options, string path)
    {
        WriteSorted(layout, time, batches, options, path);
        return path;
    }

    /// <summary>Sorts the batches' rows by time (stable: equal times keep their input order) and writes them.</summary>
    private static ParquetTableWriter WriteSorted(TableSchema layout, int time, List<Batch> batches, ConvertOptions options, string path)
    {
        var order = new List<(long Key, int Batch, int Row)>();
        for (int b = 0; b < batches.Count; b++)
        {
            for (int r = 0; r < batches[b].RowCount; r++) order.Add((SortKey.Of(batches[b], time, r), b, r));
        }
        order.Sort((x, y) => x.Key != y.Key ? x.Key.CompareTo(y.Key) : x.Batch != y.Batch ? x.Batch.CompareTo(y.Batch) : x.Row.CompareTo(y.Row));
        using var writer = new ParquetTableWriter(path, layout.Name, layout.Columns, options.RowGroupRows);
        var gatherer = new RowGatherer(layout, Enumerable.Range(0, layout.Count).ToArray(), writer.Write);
        foreach (var (_, b, r) in order) gatherer.Add(batches[b], r);
        gatherer.Flush();
        return writer;
    }

    /// <summary>Merges sorted runs into the output, a batch of each run in memory at a time.</summary>
    private static ParquetTableWriter Merge(TableSchema layout, int time, List<string> runs, ConvertOptions options, string output, CancellationToken cancellation)
    {
        var stored = layout.Columns.ToDictionary(c => c.Name, c => c.Type, StringComparer.Ordinal);
        var all = ScanRequest.All(layout);
        // One thread per run: parallel workers would hold a few row groups of every run in memory at once.
        var cursors = runs.Select(run => new RunCursor(new ParquetTableSource(run, layout.Name, layout.Columns, stored, Inputs.InputLimits.Default, workers: 1)
            .Scan(layout, all, new ScanStatistics(run, layout.Name), cancellation).GetEnumerator())).ToList();
        using var writer = new ParquetTableWriter(output, layout.Name, layout.Columns, options.RowGroupRows);
        var gatherer = new RowGatherer(layout, Enumerable.Range(0, layout.Count).ToArray(), writer.Write);
        var queue = new PriorityQueue<int, (long Key, int Run)>();
        for (int i = 0; i < cursors.Count; i++)
        {
            if (cursors[i].MoveNext()) queue.Enqueue(i, (cursors[i].Key(time), i));
        }
        while (queue.TryDequeue(out int run, out _))
        {
            var cursor = cursors[run];
            gatherer.Add(cursor.Batch, cursor.Row);
            if (cursor.MoveNext()) queue.Enqueue(run, (cursor.Key(time), run));
        }
        gatherer.Flush();
        foreach (var cursor in cursors) cursor.Dispose();
        return writer;
    }

    /// <summary>The next row of one sorted run.</summary>
    private sealed class RunCursor(IEnumerator<Batch> batches) : IDisposable
    {
        public Batch Batch { get; private set; } = null!;
        public int Row { get; private set; } = -1;

        public bool MoveNext()
        {
            if (Batch is not null && ++Row < Batch.RowCount) return true;
            while (batches.MoveNext())
            {
                Batch = batches.Current;
                Row = 0;
                if (Batch.RowCount > 0) return true;
            }
            return false;
        }

        public long Key(int time) => SortKey.Of(Batch, time, Row);

        public void Dispose() => batches.Dispose();
    }
}
