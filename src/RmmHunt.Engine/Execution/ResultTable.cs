using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Execution;

/// <summary>A query's materialised result: its schema and one column per schema position.</summary>
public sealed class ResultTable
{
    public ResultTable(TableSchema schema, IReadOnlyList<Column> columns, int rowCount)
    {
        Schema = schema;
        Columns = columns;
        RowCount = rowCount;
    }

    public TableSchema Schema { get; }
    public IReadOnlyList<Column> Columns { get; }
    public int RowCount { get; }

    public object? Value(int row, int column) => Columns[column].GetValue(row);

    public object? Value(int row, string column) => Columns[Schema.IndexOf(column)].GetValue(row);

    /// <summary>Rows as arrays of KQL value objects, for reports and tests.</summary>
    public IEnumerable<object?[]> Rows()
    {
        for (int r = 0; r < RowCount; r++)
        {
            var row = new object?[Columns.Count];
            for (int c = 0; c < row.Length; c++) row[c] = Columns[c].GetValue(r);
            yield return row;
        }
    }

    /// <summary>Concatenates batches (whose columns are all loaded) into one table.</summary>
    public static ResultTable FromBatches(TableSchema schema, IReadOnlyList<Batch> batches)
    {
        int rows = batches.Sum(b => b.RowCount);
        var columns = new Column[schema.Count];
        for (int c = 0; c < columns.Length; c++)
        {
            var parts = batches.Where(b => b.RowCount > 0).Select(b => b.Column(c)).ToList();
            columns[c] = parts.Count == 0 ? ColumnBuilder.Create(schema.Columns[c].Type, 0).Build() : ColumnBuilder.Concat(schema.Columns[c].Type, parts);
        }
        return new ResultTable(schema, columns, rows);
    }

    public Batch ToBatch() => new(Columns.ToArray(), RowCount);
}
