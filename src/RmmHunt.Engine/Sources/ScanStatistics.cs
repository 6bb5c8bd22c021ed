namespace RmmHunt.Engine.Sources;

/// <summary>The accounting of one input: rows read, skipped, rejected (with the first rejections kept), bytes.</summary>
public sealed class ScanStatistics : IScanObserver
{
    /// <summary>How many rejections are kept with their details; all are counted.</summary>
    public const int KeptRejections = 1000;

    private readonly object _lock = new();
    private readonly List<RejectedRow> _rejections = [];
    private readonly List<string> _warnings = [];
    private long _read, _skipped, _rejected, _bytes, _elapsedTicks;

    public ScanStatistics(string location, string table)
    {
        Location = location;
        Table = table;
    }

    public string Location { get; }
    public string Table { get; }
    public string Format { get; set; } = "";
    public long Read => Interlocked.Read(ref _read);
    public long Skipped => Interlocked.Read(ref _skipped);
    public long RejectedCount => Interlocked.Read(ref _rejected);
    public long Bytes => Interlocked.Read(ref _bytes);
    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _elapsedTicks));
    public IReadOnlyList<RejectedRow> Rejections { get { lock (_lock) return _rejections.ToArray(); } }
    public IReadOnlyList<string> Warnings { get { lock (_lock) return _warnings.ToArray(); } }

    /// <summary>Called on every rejection, e.g. to stop a run after --max-errors.</summary>
    public Action<RejectedRow>? OnRejected { get; set; }

    public void RowsRead(long rows) => Interlocked.Add(ref _read, rows);

    public void RowsSkipped(long rows) => Interlocked.Add(ref _skipped, rows);

    public void BytesRead(long bytes) => Interlocked.Add(ref _bytes, bytes);

    public void Rejected(RejectedRow row)
    {
        Interlocked.Add(ref _rejected, row.Rows);
        lock (_lock)
        {
            if (_rejections.Count < KeptRejections) _rejections.Add(row);
        }
        OnRejected?.Invoke(row);
    }

    public void Scanned(TimeSpan elapsed) => Interlocked.Add(ref _elapsedTicks, elapsed.Ticks);

    public void Warning(string location, string message)
    {
        lock (_lock)
        {
            if (!_warnings.Contains(message)) _warnings.Add(message);
        }
    }
}
