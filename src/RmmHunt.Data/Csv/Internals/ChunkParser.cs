using System.Runtime.CompilerServices;
using System.Text;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Turns a chunk of whole rows into a batch: finds the rows, skips those the prefilter rules out on
/// their raw bytes, splits and converts the rest, and rejects (with line, column and reason) every row
/// that does not fit. One per worker thread; its scratch space is reused from chunk to chunk.
/// </summary>
internal sealed class ChunkParser
{
    private readonly ScanLayout _layout;
    private readonly CsvField[] _fields;
    private byte[] _scratch = new byte[4096];
    private bool[] _candidates = [];

    public ChunkParser(ScanLayout layout)
    {
        _layout = layout;
        _fields = new CsvField[layout.FieldCount];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ChunkResult Parse(Chunk chunk)
    {
        var data = chunk.Span;
        var cut = chunk.Rows;
        int rowEnds = cut.Rows;
        int[] ends = cut.RowEnds;
        Span<bool> candidates = [];
        if (_layout.Candidates is { } finder)
        {
            if (_candidates.Length <= rowEnds) _candidates = new bool[Math.Max(rowEnds + 1, _candidates.Length * 2)];
            candidates = _candidates.AsSpan(0, rowEnds + 1);
            candidates.Clear();
            finder.Mark(data, ends.AsSpan(0, rowEnds), candidates);
        }
        var reads = _layout.Reads;
        // Exact when every row is good, so that building a column needs no copy to trim it.
        int capacity = _layout.Prefilters ? 16 : rowEnds + (data.Length > 0 && data[^1] != (byte)'\n' ? 1 : 0);
        var cells = new CellColumn[reads.Length];
        for (int k = 0; k < cells.Length; k++) cells[k] = CellColumn.Create(reads[k].Type, capacity);
        var lines = new LineCounter();
        List<RejectedRow>? rejections = null;
        int rows = 0, skipped = 0;
        for (int r = 0, start = 0; r <= rowEnds && start < data.Length; r++)
        {
            int end = r < rowEnds ? ends[r] : data.Length; // the last row of a file may lack its newline
            var row = data[start..end];
            int rowStart = start;
            start = end + 1;
            if (row.Length > 0 && row[^1] == (byte)'\r') row = row[..^1];
            if (row.Length == 0 && _layout.FieldCount != 1) continue; // a blank line is no row
            if (_layout.Matcher is { } matcher && !(candidates[r] && matcher.Matches(row)))
            {
                skipped++;
                continue;
            }
            if (_layout.FieldFilter is { } fieldFilter && !MayPass(fieldFilter, row))
            {
                skipped++;
                continue;
            }
            var problem = ParseRow(row, cells, rows);
            if (problem is null)
            {
                rows++;
                continue;
            }
            (rejections ??= []).Add(new RejectedRow(_layout.Location, lines.LineOf(data, rowStart), problem.Value.Column, problem.Value.Reason));
        }
        return new ChunkResult
        {
            Batch = rows == 0 ? null : BuildBatch(cells, rows),
            Read = rows,
            Skipped = skipped,
            Bytes = chunk.Length,
            Lines = cut.Newlines,
            Rejections = rejections ?? (IReadOnlyList<RejectedRow>)[],
        };
    }

    /// <summary>The field-wise prefilter; a malformed row passes, so that parsing it reports why.</summary>
    private bool MayPass(FieldNeedleFilter filter, ReadOnlySpan<byte> row)
    {
        int count = FieldSplitter.Split(row, _fields, out _, stopAfter: filter.MaxField + 1);
        return count < 0 || count <= filter.MaxField || filter.Matches(row, _fields);
    }

    /// <summary>Adds the row to <paramref name="cells"/>, or leaves them as they were and says why not.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (string? Column, string Reason)? ParseRow(ReadOnlySpan<byte> row, CellColumn[] cells, int rows)
    {
        int count = FieldSplitter.Split(row, _fields, out string? error);
        if (count < 0) return (null, error!);
        if (count != _layout.FieldCount) return (null, $"the row has {count} fields, the header {_layout.FieldCount}");
        var reads = _layout.Reads;
        for (int k = 0; k < reads.Length; k++)
        {
            var field = _fields[reads[k].Field];
            var text = row.Slice(field.Start, field.Length);
            if (field.Escaped) text = Unescape(text);
            if (text.Length == 0) cells[k].AddEmpty();
            else if (!cells[k].TryAdd(text))
            {
                for (int undo = 0; undo < k; undo++) cells[undo].Truncate(rows);
                return (reads[k].Name, $"\"{Show(text)}\" is not a {reads[k].Type.Name()}");
            }
        }
        return null;
    }

    private ReadOnlySpan<byte> Unescape(ReadOnlySpan<byte> text)
    {
        if (_scratch.Length < text.Length) _scratch = new byte[Math.Max(text.Length, _scratch.Length * 2)];
        return _scratch.AsSpan(0, FieldSplitter.Unescape(text, _scratch));
    }

    private Batch BuildBatch(CellColumn[] cells, int rows)
    {
        var columns = new Column?[_layout.Table.Count];
        for (int k = 0; k < cells.Length; k++) columns[_layout.Reads[k].Ordinal] = cells[k].Build();
        foreach (int ordinal in _layout.Missing) columns[ordinal] = Column.Constant(_layout.Table.Columns[ordinal].Type, null, rows);
        return new Batch(columns, rows);
    }

    private static string Show(ReadOnlySpan<byte> text)
    {
        const int Max = 60;
        string s = Encoding.UTF8.GetString(text);
        return s.Length <= Max ? s : s[..Max] + "…";
    }

    /// <summary>
    /// Line numbers of row starts relative to the chunk (0 = its first line; the scan adds the chunk's
    /// own first line, known only in file order), counted forward only as far as needed: rejections are rare.
    /// </summary>
    private struct LineCounter
    {
        private int _position;
        private long _line;

        public long LineOf(ReadOnlySpan<byte> data, int offset)
        {
            _line += data[_position..offset].Count((byte)'\n');
            _position = offset;
            return _line;
        }
    }
}
