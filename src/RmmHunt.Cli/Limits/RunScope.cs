using RmmHunt.Data;
using RmmHunt.Data.Inputs;
using RmmHunt.Engine.Execution.Memory;

namespace RmmHunt.Cli.Limits;

/// <summary>
/// One run under its limits: a cancellation token that Ctrl-C and <c>--timeout</c> both cancel (and that
/// tells them apart afterwards), the memory budget of the queries' state, and the input formats reading
/// within the gzip limit.
/// </summary>
internal sealed class RunScope : IDisposable
{
    private readonly CancellationToken _interrupted;
    private readonly CancellationTokenSource _cancel;

    public RunScope(CancellationToken interrupted, RunLimits limits)
    {
        _interrupted = interrupted;
        Limits = limits;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(interrupted);
        if (limits.Timeout is { } timeout) _cancel.CancelAfter(timeout);
        Memory = new MemoryBudget(limits.MaxMemory, limits.MaxMemoryText);
        Formats = DataFormats.Create(new InputLimits { MaxGzipRatio = limits.MaxGzipRatio });
    }

    public RunLimits Limits { get; }

    /// <summary>Cancelled by Ctrl-C or when the time limit is reached.</summary>
    public CancellationToken Token => _cancel.Token;

    public MemoryBudget Memory { get; }

    public IReadOnlyList<IFileFormat> Formats { get; }

    /// <summary>Whether the run was stopped by the user (Ctrl-C), not by its time limit.</summary>
    public bool Interrupted => _interrupted.IsCancellationRequested;

    public bool TimedOut => _cancel.IsCancellationRequested && !Interrupted;

    public void Dispose() => _cancel.Dispose();
}
