using RmmHunt.Engine.Vectors;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// Operators are pushed batches by their input and push their output on. Streaming operators
/// (where, project) push as they go; blocking ones (summarize, sort) emit on <see cref="Complete"/>.
/// Push lets one table scan feed many queries at once.
/// </summary>
public interface IBatchSink
{
    void Push(Batch batch);

    /// <summary>The input has ended.</summary>
    void Complete();

    /// <summary>False once the sink needs no more rows (a satisfied take), so a scan may stop early.</summary>
    bool WantsMore { get; }
}

/// <summary>A streaming operator that forwards to <see cref="Next"/>.</summary>
public abstract class StreamingOperator(IBatchSink next) : IBatchSink
{
    protected IBatchSink Next { get; } = next;

    public abstract void Push(Batch batch);

    public virtual void Complete() => Next.Complete();

    public virtual bool WantsMore => Next.WantsMore;
}
