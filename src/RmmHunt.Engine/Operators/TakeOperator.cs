using RmmHunt.Engine.Vectors;

namespace RmmHunt.Engine.Operators;

/// <summary><c>take N</c>: the first N rows to arrive; then it asks for no more.</summary>
public sealed class TakeOperator(long count, IBatchSink next) : StreamingOperator(next)
{
    private long _remaining = count;

    public override bool WantsMore => _remaining > 0 && Next.WantsMore;

    public override void Push(Batch batch)
    {
        if (_remaining <= 0) return;
        int rows = (int)Math.Min(_remaining, batch.RowCount);
        _remaining -= rows;
        Next.Push(rows == batch.RowCount ? batch : batch.Slice(0, rows));
    }
}
