using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Binding;

namespace RmmHunt.Engine.Execution;

/// <summary>The rows of a datatable (or print's single row) as a batch.</summary>
internal static class InlineBatch
{
    public static Batch From(BoundValues values)
    {
        var columns = new Column?[values.Schema.Count];
        for (int c = 0; c < columns.Length; c++)
        {
            var builder = ColumnBuilder.Create(values.Schema.Columns[c].Type, values.Rows.Count);
            foreach (var row in values.Rows) builder.Add(row[c]);
            columns[c] = builder.Build();
        }
        return new Batch(columns, values.Rows.Count);
    }
}
