using System.Collections.Concurrent;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// One reader thread cuts the file into chunks; worker threads parse them; results come back in file
/// order (each chunk's pending result is queued when the chunk is cut), so output is deterministic
/// whatever the thread timing. The bounded result queue caps the chunks in memory: one waiting result
/// per worker is enough to keep them busy, and every further one would only keep batches alive longer.
/// </summary>
internal sealed class ChunkPipeline : IDisposable
{
    private readonly BlockingCollection<(Chunk? Chunk, Task<ChunkResult> Result)> _ordered;
    private readonly IChunkProducer _producer;
    private readonly BlockingCollection<(Chunk Chunk, TaskCompletionSource<ChunkResult> Result)> _work = new();
    private readonly CancellationTokenSource _stop;
    private readonly Thread _reader;
    private readonly Thread[] _workers;

    public ChunkPipeline(IChunkProducer producer, ScanLayout layout, CsvReadOptions options, CancellationToken cancellation)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        _producer = producer;
        _ordered = new BlockingCollection<(Chunk?, Task<ChunkResult>)>(boundedCapacity: options.Workers + 1);
        _reader = new Thread(() => Produce(producer, layout.Location)) { IsBackground = true, Name = "csv reader" };
        _workers = new Thread[Math.Max(1, options.Workers)];
        for (int i = 0; i < _workers.Length; i++)
        {
            var parser = new ChunkParser(layout);
            _workers[i] = new Thread(() => Work(parser, producer)) { IsBackground = true, Name = "csv worker" };
        }
        _reader.Start();
        foreach (var worker in _workers) worker.Start();
    }

    /// <summary>Chunk results in file order; rethrows a read error.</summary>
    public IEnumerable<ChunkResult> Results()
    {
        foreach (var (chunk, pending) in _ordered.GetConsumingEnumerable(_stop.Token))
        {
            var result = pending.GetAwaiter().GetResult();
            if (chunk is not null) _producer.Delivered(chunk);
            yield return result;
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

    /// <summary>Stops reading (an early end of the scan) and waits for the threads, so the file can be unmapped and closed afterwards.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _reader.Join();
        foreach (var worker in _workers) worker.Join();
        _stop.Dispose();
        _ordered.Dispose();
        _work.Dispose();
    }
}
