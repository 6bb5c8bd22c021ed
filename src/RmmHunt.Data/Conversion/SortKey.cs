using RmmHunt.Engine.Vectors;

namespace RmmHunt.Data.Conversion;

/// <summary>The sort key of a row: its time in ticks, nulls first (long.MinValue); all rows equal when the table has no time column.</summary>
internal static class SortKey
{
    public static long Of(Batch batch, int ordinal, int row)
    {
        if (ordinal < 0) return 0;
        var column = (PrimitiveColumn<long>)batch.Column(ordinal);
        return column.IsNull(row) ? long.MinValue : column.Values[row];
    }
}
