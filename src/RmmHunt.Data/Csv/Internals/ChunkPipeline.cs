using System.Collections.Concurrent;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// One thread cuts the input into chunks; worker threads parse them; results come back in file
/// order (each chunk's pending result is queued when the chunk is cut), so output is deterministic
/// whatever the thread timing, and are settled there (see <see cref="IChunkProducer.Settle"/>).
/// <para>
/// The bounded result queue caps the chunks in memory. How large chunks are and how many may wait
/// depends on the scan (see <see cref="Shape"/>).
/// </para>
/// </summary>
internal sealed class ChunkPipeline : IDisposable
{
    private readonly BlockingCollection<(Chunk? Chunk, Task<ChunkResult> Result)> _ordered;
    private readonly IChunkProducer _producer;
    private readonly BlockingCollection<(Chunk Chunk, TaskCompletionSource<ChunkResult> Result)> _work = new();
    private readonly CancellationTokenSource _stop;
    private readonly Thread _reader;
    private readonly Thread[] _workers;
    private readonly Lazy<ChunkParser> _settling; // parses again, in file order, where a cut proved wrong (rarely: made when needed)

    public ChunkPipeline(IChunkProducer producer, ScanLayout layout, CsvReadOptions options, CancellationToken cancellation)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        _producer = producer;
        _settling = new Lazy<ChunkParser>(() => new ChunkParser(layout, options.MaxRowBytes), LazyThreadSafetyMode.None);
        _ordered = new BlockingCollection<(Chunk?, Task<ChunkResult>)>(boundedCapacity: QueuedResults(options, layout));
        _reader = new Thread(() => Produce(producer, layout.Location)) { IsBackground = true, Name = "csv cutter" };
        _workers = new Thread[Math.Max(1, options.Workers)];
        for (int i = 0; i < _workers.Length; i++)
        {
            var parser = new ChunkParser(layout, options.MaxRowBytes);
            _workers[i] = new Thread(() => Work(parser, producer)) { IsBackground = true, Name = "csv worker" };
        }
        _reader.Start();
        foreach (var worker in _workers) worker.Start();
    }

    /// <summary>
    /// The options a scan runs with: a scan whose needles rule out most rows unparsed cuts chunks four
    /// times <see cref="CsvReadOptions.BlockSize"/>. Its chunks cost little to hand over but much to
    /// read, and fewer, larger ones made the 4M-row hunt about 10% faster (8× was slower again). A scan
    /// that parses every row keeps the block size: its results hold the parsed columns, and with 4 MB
    /// chunks the all-columns scan ran 1.3 s instead of 1.15 s, collecting columns still in flight.
    /// </summary>
    public static CsvReadOptions Shape(CsvReadOptions options, ScanLayout layout) =>
        layout.SearchesNeedles ? options with { BlockSize = (int)Math.Min(int.MaxValue / 2, 4L * options.BlockSize) } : options;

    /// <summary>
    /// Results that may wait in file order. Prefiltered results are small: four per worker, because with
    /// one a worker that had finished the chunks after a slower one waited for it, and a core sat idle
    /// about a tenth of a hunt. Full results are blocks of parsed columns: one per worker, which is
    /// enough to keep the workers busy, and more only kept them alive into gen-2 collections (the
    /// all-columns scan: 1.15 s with one per worker, 1.3 s with four).
    /// </summary>
    private static int QueuedResults(CsvReadOptions options, ScanLayout layout)
    {
        int workers = Math.Max(1, options.Workers);
        return layout.SearchesNeedles ? 4 * workers : workers + 1;
    }

    /// <summary>Chunk results in file order; rethrows a read error.</summary>
    public IEnumerable<ChunkResult> Results()
    {
        foreach (var (chunk, pending) in _ordered.GetConsumingEnumerable(_stop.Token))
        {
            var result = pending.GetAwaiter().GetResult();
            if (chunk is null) yield return result;
            else foreach (var settled in _producer.Settle(chunk, result, _settling)) yield return settled;
        }
    }

    private void Produce(IChunkProducer producer, string location)
    {
        var token = _stop.Token;
        try
        {
            producer.Run(
                chunk =>
                {
                    var result = new TaskCompletionSource<ChunkResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                    _ordered.Add((chunk, result.Task), token);
                    _work.Add((chunk, result), token);
                },
                rejected => _ordered.Add((null, Task.FromResult(rejected)), token),
                token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            var error = e is IOException or UnauthorizedAccessException ? new IOException($"{location}: {e.Message}", e) : e;
            try { _ordered.Add((null, Task.FromException<ChunkResult>(error)), token); }
            catch (OperationCanceledException) { }
        }
        finally
        {
            _ordered.CompleteAdding();
            _work.CompleteAdding();
        }
    }

    private void Work(ChunkParser parser, IChunkProducer producer)
    {
        try
        {
            Parse(parser, producer);
        }
        finally
        {
            parser.ReturnBuffer();
        }
    }

    private void Parse(ChunkParser parser, IChunkProducer producer)
    {
        foreach (var (chunk, result) in _work.GetConsumingEnumerable())
        {
            try
            {
                if (_stop.IsCancellationRequested) result.TrySetCanceled();
                else result.SetResult(parser.Parse(chunk));
            }
            catch (Exception e)
            {
                result.TrySetException(e);
            }
            finally
            {
                producer.Parsed(chunk);
            }
        }
    }

    /// <summary>Stops reading (an early end of the scan) and waits for the threads, so the file can be closed afterwards.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _reader.Join();
        foreach (var worker in _workers) worker.Join();
        if (_settling.IsValueCreated) _settling.Value.ReturnBuffer();
        _stop.Dispose();
        _ordered.Dispose();
        _work.Dispose();
    }
}
