namespace RmmHunt.Engine.Vectors;

/// <summary>
/// A slice of rows of a table as one column per schema position. A column the query does not need
/// may be null (never loaded by the scan); operators only touch the columns they reference.
/// </summary>
public sealed class Batch
{
    public Batch(Column?[] columns, int rowCount)
    {
        Columns = columns;
        RowCount = rowCount;
    }

    public Column?[] Columns { get; }
    public int RowCount { get; }

    /// <summary>Which rows each prefilter alternative lets through, when the source found out; null: every query gets every row.</summary>
    public RowRoutes? Routes { get; init; }

    /// <summary>The same rows and columns with <paramref name="routes"/>.</summary>
    public Batch WithRoutes(RowRoutes? routes) => new(Columns, RowCount) { Routes = routes };

    public Column Column(int ordinal) =>
        Columns[ordinal] ?? throw new InvalidOperationException($"column {ordinal} was not loaded by the scan (planner bug)");

    /// <summary>The batch restricted to the rows at <paramref name="rows"/> (without routes).</summary>
    public Batch Gather(ReadOnlySpan<int> rows)
    {
        var columns = new Column?[Columns.Length];
        for (int c = 0; c < columns.Length; c++) columns[c] = Columns[c]?.Gather(rows);
        return new Batch(columns, rows.Length);
    }

    /// <summary>The rows at <paramref name="rows"/> of the columns at <paramref name="ordinals"/> only (the others null).</summary>
    public Batch Gather(ReadOnlySpan<int> rows, IEnumerable<int> ordinals)
    {
        var columns = new Column?[Columns.Length];
        foreach (int c in ordinals) columns[c] = Columns[c]?.Gather(rows);
        return new Batch(columns, rows.Length);
    }

    public Batch Slice(int start, int length)
    {
        if (start == 0 && length == RowCount) return this;
        var columns = new Column?[Columns.Length];
        for (int c = 0; c < columns.Length; c++) columns[c] = Columns[c]?.Slice(start, length);
        return new Batch(columns, length);
    }
}
