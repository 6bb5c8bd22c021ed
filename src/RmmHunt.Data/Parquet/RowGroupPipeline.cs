using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// Row groups decoded on worker threads, each worker with its own reader, and handed out in file order
/// whatever the timing (so output is deterministic). A worker takes the next group only while it lies
/// within <c>workers + 1</c> groups of the one being consumed, and buffers at most
/// <see cref="BufferedChunks"/> chunks of a group the consumer has not reached: memory stays at a few
/// row groups however large the file. The consumer streams the head group's chunks as they come.
/// </summary>
internal sealed class RowGroupPipeline : IRowGroupChunks
{
    /// <summary>Chunks a worker decodes ahead into one group (256k rows): whole 128k-row groups, but not the millions of rows some writers put in one.</summary>
    private const int BufferedChunks = 32;

    private readonly PlannedGroup[] _groups;
    private readonly GroupOutput[] _outputs;
    private readonly Func<RowGroupDecoder> _open;
    private readonly CancellationTokenSource _stop;
    private readonly CancellationTokenRegistration _wake;
    private readonly object _gate = new();
    private readonly int _window;
    private readonly Thread[] _workers;
    private int _next, _released;

    private sealed class GroupOutput
    {
        public BlockingCollection<DecodedChunk> Chunks { get; } = new(BufferedChunks);
        public bool Completed { get; set; }
        public Exception? Error { get; set; }
    }

    public RowGroupPipeline(PlannedGroup[] groups, Func<RowGroupDecoder> open, int workers, CancellationToken cancellation)
    {
        _groups = groups;
        _outputs = groups.Select(_ => new GroupOutput()).ToArray();
        _open = open;
        _window = workers + 1;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        _wake = _stop.Token.Register(() => { lock (_gate) Monitor.PulseAll(_gate); });
        _workers = new Thread[workers];
        for (int i = 0; i < workers; i++) _workers[i] = new Thread(Work) { IsBackground = true, Name = "parquet worker" };
        foreach (var worker in _workers) worker.Start();
    }

    public IEnumerable<DecodedChunk> Chunks(int index)
    {
        var output = _outputs[index];
        foreach (var chunk in output.Chunks.GetConsumingEnumerable(_stop.Token)) yield return chunk;
        if (output.Error is { } error) ExceptionDispatchInfo.Throw(error);
        if (!output.Completed)
        {
            // A worker stops short of a group's end only when told to stop.
            _stop.Token.ThrowIfCancellationRequested();
            throw new InvalidOperationException($"row group {_groups[index].Index} ended early");
        }
        lock (_gate)
        {
            _released = index + 1;
            Monitor.PulseAll(_gate);
        }
    }

    private void Work()
    {
        RowGroupDecoder? decoder = null;
        try
        {
            while (TryTake(out int index))
            {
                var output = _outputs[index];
                try
                {
                    decoder ??= _open();
                    using var cursor = decoder.Open(_groups[index], _stop.Token);
                    while (cursor.Next() is { } chunk) output.Chunks.Add(chunk, _stop.Token);
                    output.Completed = true;
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    output.Error = e;
                }
                finally
                {
                    output.Chunks.CompleteAdding();
                }
            }
        }
        finally
        {
            decoder?.Dispose();
        }
    }

    /// <summary>The next group to decode, once it lies within the window of the one being consumed; false when none is left or the scan stops.</summary>
    private bool TryTake(out int index)
    {
        lock (_gate)
        {
            while (_next < _groups.Length && _next >= _released + _window && !_stop.IsCancellationRequested) Monitor.Wait(_gate);
            index = _next;
            if (_stop.IsCancellationRequested || _next >= _groups.Length) return false;
            _next++;
            return true;
        }
    }

    /// <summary>Stops the workers (an early end of the scan, or an error) and waits for them, so the file can be closed and deleted afterwards.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        foreach (var worker in _workers) worker.Join();
        _wake.Dispose();
        _stop.Dispose();
        foreach (var output in _outputs) output.Chunks.Dispose();
    }
}
