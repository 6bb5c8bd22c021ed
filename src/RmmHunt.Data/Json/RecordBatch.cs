using System.Text.Json;
using RmmHunt.Data.Csv.Internals;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Json;

/// <summary>
/// Builds batches from rows whose values arrive one by one in file-column order (a JSON array row) or
/// keyed by name in any order (a JSON object row): only requested columns are converted; a column
/// the row does not set is empty; a value that does not fit its type takes the whole row back out.
/// </summary>
internal sealed class RecordBatch
{
    /// <summary>Rows per batch: enough to amortize per-batch work, few enough to keep batches in cache.</summary>
    public const int MaxRows = 4096;

    private readonly TableSchema _table;
    private readonly int[] _slotOf;        // file column -> slot, or -1 when not requested
    private readonly ColumnRead[] _reads;  // slot -> table ordinal, name, type
    private readonly int[] _missing;       // requested ordinals the file lacks
    private readonly bool[] _set;
    private readonly bool[] _everSet;
    private CellColumn[] _cells;
    private byte[] _scratch = new byte[256];

    public RecordBatch(TableSchema table, ScanRequest request, IReadOnlyList<string> fileColumns)
    {
        _table = table;
        _slotOf = new int[fileColumns.Count];
        var reads = new List<ColumnRead>();
        var present = new HashSet<int>();
        for (int f = 0; f < fileColumns.Count; f++)
        {
            int ordinal = table.IndexOf(fileColumns[f]);
            _slotOf[f] = -1;
            if (ordinal < 0 || !request.Columns.Contains(ordinal) || !present.Add(ordinal)) continue;
            _slotOf[f] = reads.Count;
            reads.Add(new ColumnRead(ordinal, f, table.Columns[ordinal].Type, table.Columns[ordinal].Name));
        }
        _reads = reads.ToArray();
        _missing = request.Columns.Where(o => !present.Contains(o)).Order().ToArray();
        _set = new bool[_reads.Length];
        _everSet = new bool[_reads.Length];
        _cells = NewCells();
    }

    public int Rows { get; private set; }

    /// <summary>Requested columns the file has no column for: null in every row.</summary>
    public IEnumerable<string> MissingColumns => _missing.Select(o => _table.Columns[o].Name);

    /// <summary>Requested columns the file has but no row so far gave a value (keyed rows may omit them).</summary>
    public IEnumerable<string> NeverSet => _reads.Where((_, k) => !_everSet[k]).Select(r => r.Name);

    public bool IsRequested(int fileColumn) => fileColumn >= 0 && _slotOf[fileColumn] >= 0;

    /// <summary>
    /// Sets a file column of the current row from the value at the reader. A second value for the same
    /// column is ignored (the first one counts). False, with the reason, when the value does not fit.
    /// </summary>
    public bool TrySet(int fileColumn, ref Utf8JsonReader reader, ReadOnlySpan<byte> json, out (string Column, string Reason)? problem)
    {
        problem = null;
        int slot = fileColumn >= 0 ? _slotOf[fileColumn] : -1;
        if (slot < 0 || _set[slot])
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
            return true;
        }
        if (!JsonCells.TryAdd(ref reader, json, _cells[slot], ref _scratch, out string? shown))
        {
            problem = (_reads[slot].Name, $"\"{shown}\" is not a {_reads[slot].Type.Name()}");
            return false;
        }
        _set[slot] = true;
        return true;
    }

    /// <summary>Completes the row: columns it did not set are empty.</summary>
    public void EndRow()
    {
        for (int k = 0; k < _set.Length; k++)
        {
            if (_set[k]) _everSet[k] = true;
            else _cells[k].AddEmpty();
            _set[k] = false;
        }
        Rows++;
    }

    /// <summary>Takes the current row back out of every column.</summary>
    public void AbortRow()
    {
        for (int k = 0; k < _cells.Length; k++)
        {
            _cells[k].Truncate(Rows);
            _set[k] = false;
        }
    }

    /// <summary>The rows so far as a batch laid out by the table; the builder starts over.</summary>
    public Batch Take()
    {
        var columns = new Column?[_table.Count];
        for (int k = 0; k < _cells.Length; k++) columns[_reads[k].Ordinal] = _cells[k].Build();
        foreach (int ordinal in _missing) columns[ordinal] = Column.Constant(_table.Columns[ordinal].Type, null, Rows);
        var batch = new Batch(columns, Rows);
        _cells = NewCells();
        Rows = 0;
        return batch;
    }

    private CellColumn[] NewCells() => _reads.Select(r => CellColumn.Create(r.Type, MaxRows)).ToArray();
}
