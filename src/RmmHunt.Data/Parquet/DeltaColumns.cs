using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Parquet;

/// <summary>
/// Which integer columns (long, datetime, timespan, int) a converted file stores delta-encoded rather than
/// dictionary-encoded: those whose values in the first row group are mostly distinct (more distinct values than half
/// the non-null ones), such as event times and report ids.
/// <para>
/// Why: a dictionary of mostly distinct values is as large as the values and costs a lookup per row to read. Reading
/// the report ids and times of a converted million-row table at the rows a pack's needles keep took 15–20 ms per
/// column dictionary-encoded and 2–3 ms delta-encoded, and the generated benchmark tables shrank from 56, 48 and 31 MB
/// to 48, 35 and 20 MB. Columns with repeated values (ports, sizes, ids of a few processes) keep their dictionary,
/// which is smaller and as fast.
/// </para>
/// </summary>
internal static class DeltaColumns
{
    public static IEnumerable<string> Of(IReadOnlyList<ColumnSymbol> columns, IReadOnlyList<Batch> rows)
    {
        for (int c = 0; c < columns.Count; c++)
        {
            if (columns[c].Type is not (KqlType.Long or KqlType.DateTime or KqlType.TimeSpan or KqlType.Int)) continue;
            var distinct = new HashSet<object>();
            int present = 0;
            foreach (var batch in rows)
            {
                var column = batch.Column(c);
                for (int row = 0; row < batch.RowCount; row++)
                {
                    if (column.GetValue(row) is not { } value) continue;
                    present++;
                    distinct.Add(value);
                }
            }
            if (distinct.Count * 2 > present) yield return columns[c].Name;
        }
    }
}
