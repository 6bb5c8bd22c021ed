using System.Runtime.CompilerServices;
using System.Text;
using RmmHunt.Engine.Sources;
using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Data.Csv.Internals;

/// <summary>
/// Turns a chunk into a batch: reads it if it is still in its file, finds its whole rows (a chunk may
/// end inside a quoted field; what follows its last row end is left, see <see cref="ChunkResult.Bytes"/>),
/// skips the rows the prefilter rules out on their raw bytes, splits and converts the rest, and rejects
/// (with line, column and reason) every row that does not fit. One per worker thread; its scratch space
/// is reused from chunk to chunk.
/// </summary>
internal sealed class ChunkParser
{
    private readonly ScanLayout _layout;
    private readonly int _maxRowBytes;
    private readonly CsvField[] _fields;
    private byte[] _scratch = new byte[4096];
    private bool[] _candidates = [];
    private readonly RowScanner _scanner = new();
    private byte[] _buffer = [];
    private FieldVerdictCache?[]? _keyVerdicts; // of the layout's field filter, for this worker
    private FieldPresenceCache[]? _presence; // likewise
    private readonly List<int> _passing = []; // the alternatives the row last tested by the field filter passes

    /// <param name="maxRowBytes">A row whose newline lies this far or further from its start is not parsed (see <see cref="CsvReadOptions.MaxRowBytes"/>).</param>
    public ChunkParser(ScanLayout layout, int maxRowBytes = int.MaxValue)
    {
        _layout = layout;
        _maxRowBytes = maxRowBytes;
        _fields = new CsvField[layout.FieldsUsed];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ChunkResult Parse(Chunk chunk)
    {
        var data = Scan(chunk);
        // Only whole rows are parsed: a chunk cut blind may end inside a quoted field (see FileChunkProducer).
        // A row that does not end within the row limit ends what is parsed here; its producer gives up its first line.
        var (rowEnds, consumed, stoppedAtLongRow) = _scanner.WholeRows(data.Length, chunk.AtEnd, _maxRowBytes);
        int newlines = _scanner.Newlines - data[consumed..].Count((byte)'\n');
        data = data[..consumed];
        var ends = _scanner.Ends[..rowEnds];
        // With one needle, found while indexing, only the rows holding it are looked at; the others are counted as skipped.
        bool onlyHits = _layout.Matcher is not null && _layout.Candidates?.Single is not null;
        var candidates = onlyHits ? [] : Candidates(data, ends);
        int lastRow = consumed > (rowEnds > 0 ? ends[^1] + 1 : 0) ? rowEnds : rowEnds - 1; // the last row of a file may lack its newline
        var reads = _layout.Reads;
        // Exact when every row is good, so that building a column needs no copy to trim it.
        int capacity = _layout.Prefilters ? 16 : lastRow + 1;
        CellColumn[]? cells = null; // made for the first row kept: most chunks of a pack's process and certificate tables keep none
        var lines = new LineCounter();
        List<RejectedRow>? rejections = null;
        // The field filter tells which alternatives (rules) each row is for; a row it let through untested drops the routes.
        var routes = _layout.FieldFilter is { } routing ? new RowRoutes.Builder(routing.Alternatives) : null;
        int rows = 0, skipped = 0, looked = 0;
        int visits = onlyHits ? _scanner.Hits.Length : lastRow + 1;
        for (int k = 0; k < visits; k++)
        {
            int r = onlyHits ? _scanner.Hits[k] : k;
            if (r > lastRow) break; // a hit in the unfinished end of the chunk
            int start = r == 0 ? 0 : ends[r - 1] + 1;
            var row = Row(data, start, r < rowEnds ? ends[r] : data.Length);
            if (row.IsEmpty && _layout.FieldCount != 1) continue; // a blank line is no row
            looked++;
            if (_layout.Matcher is { } matcher && !((onlyHits || candidates[r]) && matcher.Matches(row)))
            {
                skipped++;
                continue;
            }
            bool tested = false;
            if (_layout.FieldFilter is { } fieldFilter && !MayPass(fieldFilter, row, out tested))
            {
                skipped++;
                continue;
            }
            if (_layout.Time is { } time && !time.MayPass(row, _fields))
            {
                skipped++;
                continue;
            }
            var problem = ParseRow(row, cells ??= NewCells(reads, capacity), rows);
            if (problem is null)
            {
                if (!tested) routes = null;
                if (routes is not null) foreach (int alternative in _passing) routes.Add(rows, alternative);
                rows++;
                continue;
            }
            (rejections ??= []).Add(new RejectedRow(_layout.Location, lines.LineOf(data, start), problem.Value.Column, problem.Value.Reason));
        }
        if (onlyHits) skipped += RowsIn(data, ends, lastRow) - looked;
        return new ChunkResult
        {
            Batch = rows == 0 ? null : BuildBatch(cells!, rows, routes),
            Read = rows,
            Skipped = skipped,
            Bytes = consumed,
            Lines = newlines,
            StoppedAtLongRow = stoppedAtLongRow,
            Rejections = rejections ?? (IReadOnlyList<RejectedRow>)[],
        };
    }

    private static CellColumn[] NewCells(ColumnRead[] reads, int capacity)
    {
        var cells = new CellColumn[reads.Length];
        for (int k = 0; k < cells.Length; k++) cells[k] = CellColumn.Create(reads[k].Type, capacity);
        return cells;
    }

    /// <summary>Which rows hold a needle (several needles: searched after indexing).</summary>
    private Span<bool> Candidates(ReadOnlySpan<byte> data, ReadOnlySpan<int> ends)
    {
        if (_layout.Candidates is not { } finder) return [];
        if (_candidates.Length <= ends.Length) _candidates = new bool[Math.Max(ends.Length + 1, _candidates.Length * 2)];
        var candidates = _candidates.AsSpan(0, ends.Length + 1);
        candidates.Clear();
        finder.Mark(data, ends, candidates);
        return candidates;
    }

    /// <summary>The row from <paramref name="start"/> to <paramref name="end"/>, without the <c>\r</c> of a CRLF line end.</summary>
    private static ReadOnlySpan<byte> Row(ReadOnlySpan<byte> data, int start, int end) =>
        end > start && data[end - 1] == (byte)'\r' ? data[start..(end - 1)] : data[start..end];

    /// <summary>Rows 0..<paramref name="lastRow"/> that are not blank lines.</summary>
    private int RowsIn(ReadOnlySpan<byte> data, ReadOnlySpan<int> ends, int lastRow)
    {
        if (_layout.FieldCount == 1) return lastRow + 1;
        int rows = 0;
        for (int r = 0, start = 0; r <= lastRow; r++)
        {
            int end = r < ends.Length ? ends[r] : data.Length;
            // Rows are hundreds of bytes: the length test is nearly always false and predicted so.
            if (end - start > 1 || !Row(data, start, end).IsEmpty) rows++;
            start = end + 1;
        }
        return rows;
    }

    /// <summary>Gives back the read buffer (the parser may go on and rent another).</summary>
    public void ReturnBuffer() => Chunk.ReturnBuffer(ref _buffer);

    /// <summary>The chunk's bytes (read from its file by this worker if need be), with its rows and needle hits indexed.</summary>
    private ReadOnlySpan<byte> Scan(Chunk chunk)
    {
        var data = chunk.Read(ref _buffer, _layout.Location);
        _scanner.Scan(data, _layout.Candidates?.Single);
        return data;
    }

    /// <summary>
    /// The field-wise prefilter, splitting the row only as far as the key fields for most rows; a malformed
    /// row passes untested (<paramref name="tested"/> false), so that parsing it reports why. A tested row
    /// leaves the alternatives it passes in <see cref="_passing"/>.
    /// </summary>
    private bool MayPass(FieldNeedleFilter filter, ReadOnlySpan<byte> row, out bool tested)
    {
        tested = false;
        int count = FieldSplitter.Split(row, _fields, out _, stopAfter: filter.KeyMaxField + 1);
        if (count < 0 || count <= filter.KeyMaxField) return true;
        if (!filter.HoldsKey(row, _fields, _keyVerdicts ??= filter.NewKeyVerdicts())) return false;
        count = FieldSplitter.Split(row, _fields, out _, stopAfter: filter.MaxField + 1);
        if (count < 0 || count <= filter.MaxField) return true;
        tested = true;
        return filter.Matches(row, _fields, _passing, _presence ??= filter.NewPresenceCaches());
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

    private Batch BuildBatch(CellColumn[] cells, int rows, RowRoutes.Builder? routes)
    {
        var columns = new Column?[_layout.Table.Count];
        for (int k = 0; k < cells.Length; k++) columns[_layout.Reads[k].Ordinal] = cells[k].Build();
        foreach (int ordinal in _layout.Missing) columns[ordinal] = Column.Constant(_layout.Table.Columns[ordinal].Type, null, rows);
        return new Batch(columns, rows) { Routes = routes?.Build() };
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
