using RmmHunt.Engine.Vectors;

namespace RmmHunt.Engine.Execution;

/// <summary>
/// Joins the small batches a prefiltered scan yields (a few rows per block that passed the needles)
/// into batches of at least <see cref="Target"/> rows before they reach the subscribers. Every batch
/// costs each subscribed pipeline a fixed amount of work, so a rule pack of hundreds of queries over a
/// scan that yields a handful of rows per block would otherwise spend its time on batch overhead.
/// Batches that are already large pass through unchanged; row order is kept, and so are the rows
/// each query is routed (<see cref="RowRoutes"/>).
/// </summary>
internal sealed class BatchCoalescer
{
    public const int Small = 1024;
    public const int Target = 8192;

    private readonly List<Batch> _pending = [];
    private int _rows;

    /// <summary>The batches to push now (zero, one or two) for an incoming batch.</summary>
    public IEnumerable<Batch> Add(Batch batch)
    {
        if (batch.RowCount >= Small)
        {
            if (Flush() is { } pending) yield return pending;
            yield return batch;
            yield break;
        }
        _pending.Add(batch);
        _rows += batch.RowCount;
        if (_rows >= Target && Flush() is { } full) yield return full;
    }

    /// <summary>Whatever is pending, as one batch, or null.</summary>
    public Batch? Flush()
    {
        if (_rows == 0)
        {
            _pending.Clear();
            return null;
        }
        var batch = _pending.Count == 1 ? _pending[0] : Concat(_pending, _rows);
        _pending.Clear();
        _rows = 0;
        return batch;
    }

    private static Batch Concat(List<Batch> batches, int rows)
    {
        var first = batches[0];
        var columns = new Column?[first.Columns.Length];
        var nonEmpty = batches.FindAll(b => b.RowCount > 0);
        var parts = new List<Column>(nonEmpty.Count);
        for (int c = 0; c < columns.Length; c++)
        {
            if (first.Columns[c] is not { } column) continue;
            parts.Clear();
            foreach (var batch in nonEmpty) parts.Add(batch.Column(c));
            columns[c] = parts.TrueForAll(p => p is StringColumn) ? ConcatStrings(parts.ConvertAll(p => (StringColumn)p), rows) : ColumnBuilder.Concat(column.Type, parts);
        }
        return new Batch(columns, rows) { Routes = RowRoutes.Concat(batches) };
    }

    /// <summary>
    /// Strings stay dictionary-encoded: string predicates run once per distinct value (see
    /// <see cref="StringColumn.MapDistinct{T}"/>), which is what makes hundreds of rules over one scan cheap.
    /// </summary>
    private static StringColumn ConcatStrings(List<StringColumn> parts, int rows)
    {
        var codeOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var dictionary = new List<string>();
        var codes = new int[rows];
        int at = 0;
        foreach (var part in parts)
        {
            // An encoded part is looked up once per distinct value, not once per row (unless its dictionary is the larger).
            int[]? remap = part.IsDictionaryEncoded && part.Dictionary!.Length <= part.Length ? new int[part.Dictionary.Length] : null;
            if (remap is not null) Array.Fill(remap, -1);
            for (int i = 0; i < part.Length; i++, at++)
            {
                if (remap is not null && remap[part.Codes![i]] is var known and >= 0)
                {
                    codes[at] = known;
                    continue;
                }
                string value = part[i];
                if (!codeOf.TryGetValue(value, out int code))
                {
                    code = dictionary.Count;
                    codeOf[value] = code;
                    dictionary.Add(value);
                }
                if (remap is not null) remap[part.Codes![i]] = code;
                codes[at] = code;
            }
        }
        return StringColumn.FromDictionary(codes, dictionary.ToArray(), rows);
    }
}
