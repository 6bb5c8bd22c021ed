using RmmHunt.Engine.Vectors;

namespace RmmHunt.Engine.Operators;

/// <summary>
/// The shared result of a <c>materialize()</c>: its pipeline runs once, and when it completes every
/// reference receives all its rows.
/// </summary>
public sealed class MaterializedResult : IBatchSink
{
    private readonly List<Batch> _batches = [];
    private readonly List<IBatchSink> _readers = [];

    public void AddReader(IBatchSink reader) => _readers.Add(reader);

    public bool WantsMore => true;

    public void Push(Batch batch)
    {
        if (batch.RowCount > 0) _batches.Add(batch);
    }

    public void Complete()
    {
        foreach (var reader in _readers)
        {
            foreach (var batch in _batches)
            {
                if (!reader.WantsMore) break;
                reader.Push(batch);
            }
            reader.Complete();
        }
    }
}
