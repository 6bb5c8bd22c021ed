using RmmHunt.Engine.Sources;

namespace RmmHunt.Cli;

/// <summary>A run stopped by its rejected rows (<c>--strict</c>, <c>--max-errors</c>): exit code 3, naming the file and line.</summary>
internal sealed class RejectionLimitException(string message) : Exception(message);

/// <summary>
/// Counts rejected rows across every input of a run and stops the run (by throwing from the scan that
/// rejected the row) on the first one under <c>--strict</c>, or once <c>--max-errors N</c> are reached.
/// </summary>
internal sealed class RejectionLimit(InputOptions options)
{
    private long _count;

    public void Observe(RejectedRow row)
    {
        long count = Interlocked.Add(ref _count, row.Rows);
        if (options.Strict)
            throw new RejectionLimitException($"rejected row (--strict): {row}");
        if (options.MaxErrors is { } max && count >= max)
            throw new RejectionLimitException($"stopped after {count:N0} rejected rows (--max-errors {max}); the last: {row}");
    }
}
