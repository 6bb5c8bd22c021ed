using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Engine.Sources;

/// <summary>A table held in memory (tests, datatable-backed inputs, converted data).</summary>
public sealed class InMemoryTableSource : ITableSource
{
    private readonly ResultTable _table;
    private readonly int _batchSize;

    public InMemoryTableSource(string tableName, ResultTable table, int batchSize = 4096)
    {
        TableName = tableName;
        _table = table;
        _batchSize = batchSize;
    }

    public string TableName { get; }
    public string Location => $"memory:{TableName}";
    public IReadOnlyList<ColumnSymbol> Columns => _table.Schema.Columns;

    public IEnumerable<Batch> Scan(TableSchema table, ScanRequest request, IScanObserver observer, CancellationToken cancellation)
    {
        var mapping = table.Columns.Select(c => _table.Schema.IndexOf(c.Name)).ToArray();
        for (int start = 0; start < _table.RowCount; start += _batchSize)
        {
            cancellation.ThrowIfCancellationRequested();
            int length = Math.Min(_batchSize, _table.RowCount - start);
            var columns = new Column?[table.Count];
            for (int c = 0; c < columns.Length; c++)
            {
                if (!request.Columns.Contains(c)) continue;
                columns[c] = mapping[c] >= 0
                    ? _table.Columns[mapping[c]].Slice(start, length)
                    : Column.Constant(table.Columns[c].Type, null, length);
            }
            observer.RowsRead(length);
            yield return new Batch(columns, length);
        }
    }
}
