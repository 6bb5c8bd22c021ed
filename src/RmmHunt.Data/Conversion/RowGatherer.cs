using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Conversion;

/// <summary>Collects rows picked from many batches (in sorted order) into new batches of a fixed size.</summary>
internal sealed class RowGatherer(TableSchema table, int[] ordinals, Action<Batch> emit)
{
    public const int BatchRows = 8192;

    private ColumnBuilder[] _builders = NewBuilders(table, ordinals);
    private int _rows;

    public void Add(Batch batch, int row)
    {
        for (int k = 0; k < ordinals.Length; k++) _builders[k].AddFrom(batch.Column(ordinals[k]), row);
        if (++_rows == BatchRows) Flush();
    }

    public void Flush()
    {
        if (_rows == 0) return;
        var columns = new Column?[table.Count];
        for (int k = 0; k < ordinals.Length; k++) columns[ordinals[k]] = _builders[k].Build();
        emit(new Batch(columns, _rows));
        _builders = NewBuilders(table, ordinals);
        _rows = 0;
    }

    private static ColumnBuilder[] NewBuilders(TableSchema table, int[] ordinals) =>
        ordinals.Select(o => ColumnBuilder.Create(table.Columns[o].Type, BatchRows)).ToArray();
}
