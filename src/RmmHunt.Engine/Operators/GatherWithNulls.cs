using RmmHunt.Engine.Vectors;

namespace RmmHunt.Engine.Operators;

/// <summary>Gathers rows where -1 stands for a row of nulls (the unmatched side of an outer join).</summary>
internal static class GatherWithNulls
{
    public static Column? Gather(Column? column, List<int> rows)
    {
        if (column is null) return null;
        if (!rows.Contains(-1)) return column.Gather(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rows));
        var builder = ColumnBuilder.Create(column.Type, rows.Count);
        foreach (int row in rows)
        {
            if (row < 0) builder.AddNull();
            else builder.AddFrom(column, row);
        }
        return builder.Build();
    }
}
