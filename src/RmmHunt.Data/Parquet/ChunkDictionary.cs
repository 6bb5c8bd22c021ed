using RmmHunt.Engine.Vectors;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// Turns a batch's column-chunk codes into a dictionary-encoded <see cref="StringColumn"/> holding only
/// the values the batch uses, in order of first use (as the CSV reader's columns are), so predicates
/// run once per value of the batch. Renumbering is an array lookup per row: a stamp per column-chunk
/// code says whether the batch has met it yet, so nothing is cleared between batches.
/// </summary>
internal sealed class ChunkDictionary
{
    private int[] _local = [];
    private int[] _stamps = [];
    private int _batch;

    /// <summary>Renumbers <paramref name="codes"/> in place and builds the column over them.</summary>
    public StringColumn Build(int[] codes, int count, ByteArrayCodes values)
    {
        if (_stamps.Length < values.Count)
        {
            // Fresh stamps are all older than the coming batch: every code is looked up anew.
            int size = Math.Max(values.Count, _stamps.Length * 2);
            _local = GC.AllocateUninitializedArray<int>(size);
            _stamps = new int[size];
        }
        int batch = ++_batch;
        var dictionary = new List<string>();
        int[] stamps = _stamps, local = _local;
        for (int row = 0; row < count; row++)
        {
            int code = codes[row];
            if (stamps[code] != batch)
            {
                stamps[code] = batch;
                local[code] = dictionary.Count;
                dictionary.Add(values[code]);
            }
            codes[row] = local[code];
        }
        return StringColumn.FromDictionary(codes, dictionary.ToArray(), count);
    }
}
